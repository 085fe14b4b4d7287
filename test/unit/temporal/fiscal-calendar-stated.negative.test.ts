import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a fiscal calendar stated by an end day leaves alone. Stories written for these tests.
const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: a fiscal calendar stated by an end day, negative cases', () => {
  it('a quarter compared a year back stays a year back', () => {
    const story = 'In the second quarter ended January 31, net rose to 3 mln dlrs from 2 mln dlrs in last year\'s second quarter.';
    expect(valueOf(story, '1988-02-25', "last year's second quarter")).toBe('1987-Q2');
  });

  it('a run ended on the calendar\'s own quarter end states no other calendar', () => {
    const story = 'Profit for the nine months ended September 30 rose 4 pct. The company expects a stronger fourth quarter.';
    expect(valueOf(story, '1988-10-20', 'fourth quarter')).toBe('1988-Q4');
  });

  it('a later quarter than the one ended keeps the year its tense gives', () => {
    const story = 'Sales in the first quarter ended December 31 rose 9 pct. The fourth quarter will again be the busiest.';
    expect(valueOf(story, '1988-01-28', 'The fourth quarter')).toBe('1988-Q4');
  });

  it('an end day written with a year long gone states no calendar for the story\'s own quarters', () => {
    const story = 'Net in the second quarter ended January 31, 1985 had been a record. The company said third quarter sales fell.';
    expect(valueOf(story, '1988-03-10', 'third quarter')).not.toBe('1985-Q3');
  });
});
