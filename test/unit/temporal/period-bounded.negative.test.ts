import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests.
describe('tagTimexes: a period bounded by its own dates, negative cases', () => {
  it('"the period" followed by an amount compared is still the quarter reported', () => {
    const story = 'Net income for the first quarter rose 10 pct. Revenue in the period rose 5 pct from 20 mln dlrs.';
    expect(tagTimexes(story, '1988-04-20').find((t) => t.text === 'the period')?.value).toBe('1988-Q1');
  });
});
