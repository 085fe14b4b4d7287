import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// What the quarter-just-ended reading (quarter-change-forecast.test.ts) leaves alone: a forecast
// for a quarter two or more back from the story's is the next one, as its tense says; a forecast
// with no amount keeps its tense. Sentences written for these tests.
describe('tagTimexes: forecasts for a quarter ahead', () => {
  it('"will rise 2 pct in the first quarter" in December is next year\'s', () => {
    expect(tagged('Bank lending will rise 2 pct in the first quarter.', '1987-12-03', 'the first quarter')?.value).toBe('1988-Q1');
  });
  it('"is expected to pick up in the first quarter" in April, no amount, is next year\'s', () => {
    expect(tagged('Bank lending is expected to pick up in the first quarter.', '1987-04-09', 'the first quarter')?.value).toBe('1988-Q1');
  });
});
