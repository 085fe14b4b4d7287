import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What is not a list of days before a year: a figure after the day, a year of another clause.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: no list of days', () => {
  it('a figure after the day is no day of the list', () => {
    expect(valueOf('Sales peaked on May 5, 40, 2019 units in all, the dealer said.', '2024-06-01', 'May 5')).toBe('2024-05-05');
  });
  it('a year in the next clause is not the day’s', () => {
    expect(valueOf('She was sworn in on May 5, and in 2019 she moved to Ottawa.', '2024-06-01', 'May 5')).toBe('2024-05-05');
  });
});
