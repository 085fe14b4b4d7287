import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A figure's move forecast for a quarter with its amount ("is expected to rise 14.3 pct in the first
// quarter") names the quarter just ended when the story comes in the next one: its figures are
// still to come (parsers/quarterHalf.ts, reportingPeriod.ts). Sentences written for these tests.
describe('tagTimexes: a forecast change for the quarter just ended', () => {
  it.each([
    ['"is expected to rise 3.1 pct in the first quarter" in April', 'Bank lending is expected to rise 3.1 pct in the first quarter, the central bank said.', '1987-04-09', 'the first quarter', '1987-Q1'],
    ['"will fall by 1.2 billion dlrs in the fourth quarter" in January', 'The trade gap will fall by 1.2 billion dlrs in the fourth quarter, economists said.', '1988-01-14', 'the fourth quarter', '1987-Q4'],
  ])('%s', (_name, sentence, published, words, value) => {
    expect(tagged(sentence, published, words)?.value).toBe(value);
  });
});
