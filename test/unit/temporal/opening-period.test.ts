import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A sentence of figures that opens with its period, set off by a comma ("In the third quarter,
// ...", "At end-June, ...", "During the first half of last year, ..."), is about that period:
// its comparisons count back from it, not from a date named later in the sentence nor from the
// period the story reports. Sentences written for these tests (issue 16, comparison periods).

const valueOf = (text: string, published: string, words: string, nth = 0) => tagTimexes(text, published).filter((t) => t.text === words)[nth]?.value;

describe('tagTimexes: comparisons in a sentence that opens with its period', () => {
  it('"a year earlier" after an opening quarter is that quarter a year back, not the month the story reports', () => {
    const text = 'Hardware retailer Ace Stores said its April sales rose 12 pct from a year before. In last year\'s third quarter ended November 1, Ace earned 2.1 mln dlrs, against 1.4 mln dlrs a year earlier.';
    expect(valueOf(text, '1987-05-06', 'a year before')).toBe('1986-04');
    expect(valueOf(text, '1987-05-06', 'a year earlier')).toBe('1985-Q3');
  });

  it('"a year ago" after an opening month is that month a year back, although the story reports a later month', () => {
    const text = 'Norwegian industrial output rose 2.3 pct in May, the statistics office said. In April, output was 0.8 pct higher than a year ago.';
    expect(valueOf(text, '1987-06-24', 'a year ago')).toBe('1986-04');
  });

  it('"six months earlier" after an opening month-end counts from it, not from another month the sentence names', () => {
    const text = 'At end-September, consumer debt stood at 41.2 billion guilders, up from August\'s 40.9 billion and 2.5 pct above the level six months earlier.';
    expect(valueOf(text, '1987-11-02', 'six months earlier')).toBe('1987-03');
  });

  it('"the previous year" after an opening year is the year before it, not before a year named later in the sentence', () => {
    const text = 'Cocoa shipments rose in January. During 1986, the cooperative shipped 310,000 tonnes, up from 280,000 tonnes in 1984 and 295,000 tonnes the previous year.';
    expect(valueOf(text, '1987-02-11', 'the previous year')).toBe('1985');
  });
});
