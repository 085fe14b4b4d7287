import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the year-comparison rule of year-comparisons.test.ts must not move: a sentence that names
// a year and then a quarter compares the quarter ("In 1989 it earned $5 million in the fourth
// quarter, up from $4 million a year earlier"); a year named in another sentence does not hold
// the next one's comparison; "the year-ago quarter" names its quarter. Wednesday 1990-01-24.
const WED = '1990-01-24';
const valueOf = (text: string, words: string) => tagTimexes(text, WED).find((t) => t.text === words)?.value;
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: comparisons the year rule leaves with the quarter', () => {
  it('a quarter named after the year in the sentence keeps the comparison a quarter', () => {
    expect(valueOf('Fourth-quarter net rose 9%. The company earned $5 million in the fourth quarter of 1989, up from $4 million a year earlier.', 'a year earlier')).toBe('1988-Q4');
  });

  it('a year stated in the sentence before does not move the next sentence\'s comparison', () => {
    const story = 'Fourth-quarter net rose 9%. Net for 1989 was $20 million. Revenue in the quarter rose to $90 million from $80 million a year earlier.';
    expect(valueOf(story, 'a year earlier')).toBe('1988-Q4');
  });

  it('"the year-ago quarter" in a year\'s sentence stays a quarter', () => {
    const story = 'Fourth-quarter net rose 9%. For the year, net was $20 million, and the year-ago quarter included a $2 million gain.';
    expect(valueOf(story, 'the year-ago quarter')).toBe('1988-Q4');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: last year beside figures outside a quarterly story', () => {
  it('"off 3 pct from 7.1 mln last year" beside a month\'s figures stays the year', () => {
    expect(values('Demand averaged 6.9 mln barrels a day in March, off 3 pct from 7.1 mln last year.', '1987-04-08').pop()).toEqual(['last year', '1986']);
  });
});

describe('tagTimexes: last year beside a year\'s figures in a quarterly story', () => {
  it('"spending this year will fall to 90 mln dlrs from 110 mln dlrs last year" stays the year', () => {
    const text = 'Acme Foods said first quarter net income rose to 81 mln dlrs from 70 mln. It said spending this year will fall to 90 mln dlrs from 110 mln dlrs last year.';
    expect(values(text, '1987-04-28').pop()).toEqual(['last year', '1986']);
  });
});

describe('tagTimexes: "compared with" and "than last year" outside a quarter\'s figures', () => {
  it('a year\'s figures set against "last year" keep the year', () => {
    expect(values('Sales this year were higher than last year.', '1987-03-20')).toEqual([
      ['this year', '1987'],
      ['last year', '1986'],
    ]);
  });

  it('a month after "compared with" is still the earlier figure\'s', () => {
    expect(values('Growth is now seen at 3.3 pct this year, compared with 3.4 pct in the July forecast.', '2022-10-11').at(-1)).toEqual(['July', '2022-07']);
  });
});

describe('tagTimexes: "a year ago" that still compares figures', () => {
  it('"from 3.8 mln dlrs a year ago" beside a quarter\'s figures is that quarter a year back', () => {
    expect(values('Harbor Mills said third-quarter net rose 8 pct to 4.1 mln dlrs from 3.8 mln dlrs a year ago.', '1988-10-20').at(-1)).toEqual(['a year ago', '1987-Q3']);
  });
});

describe('tagTimexes: "last year" after a day with no quarter named in its sentence', () => {
  it('"stood at 3.1 billion on June 30, up from 2.8 billion last year" stays the year', () => {
    expect(values('Deposits stood at 3.1 billion on June 30, up from 2.8 billion last year.', '1987-07-09').at(-1)).toEqual(['last year', '1986']);
  });
});

describe('tagTimexes: "a year earlier" beside the quarter\'s own figures stays the quarter', () => {
  it('a sentence with no month of its own compares the quarter reported', () => {
    expect(values('Sales for the second quarter rose 9 pct to 240 mln dlrs. Net income rose to 12 mln dlrs from 10 mln dlrs a year earlier.', '1987-07-08').at(-1)).toEqual(['a year earlier', '1986-Q2']);
  });
});

describe('tagTimexes: a comparison in words where no period is reported', () => {
  it('"the mood is better than a year ago" stays the year back', () => {
    expect(values('Traders said the mood in the pits is better than a year ago.', '1987-10-14')).toEqual([['a year ago', '1986']]);
  });
});
