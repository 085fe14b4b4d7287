import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A stretch or a compared period named with its year is one expression, as results and
// statistics stories write it: "the first six months of 1985" (P6M), "the same period of 1984"
// (that year). Sentences written for these tests (issue 16, definite periods).

const spans = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a period and its year as one expression', () => {
  it('"the first N months of <year>" is one DURATION', () => {
    expect(spans('Mining output fell 4 pct in the first six months of 1985.', '1986-02-10')).toEqual([['the first six months of 1985', 'DURATION', 'P6M']]);
  });

  it('with a relative year and with quarters', () => {
    expect(spans('Freight volumes rose over the first two quarters of last year.', '1987-03-02')).toEqual([['the first two quarters of last year', 'DURATION', 'P2Q']]);
  });

  it('"the same period in/of <year>" is one DATE of that year', () => {
    expect(spans('Imports reached 2.2 billion dlrs, against 1.9 billion in the same period of 1984.', '1985-06-12')).toEqual([['the same period of 1984', 'DATE', '1984']]);
  });

  it('"the same period of <year>" after a quarter\'s figures keeps the quarter a year back', () => {
    expect(tagTimexes('Third-quarter profit rose to 40 mln dlrs from 31 mln dlrs in the same period of 1985.', '1986-10-21').find((t) => /same period/.test(t.text))).toMatchObject({ text: 'the same period of 1985', value: '1985-Q3' });
  });

  it('"the first N weeks of the year" takes in "of the year"', () => {
    expect(spans('Car registrations climbed 9 pct in the first ten weeks of the year.', '1987-03-16')).toEqual([['the first ten weeks of the year', 'DURATION', 'P10W']]);
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: periods of results copy named in one span', () => {
  it('"the year-ago second quarter" and "the comparable year-ago quarter" are the reported quarter a year back', () => {
    const text = 'Granite Lumber said second quarter net rose to 9.4 mln dlrs from 7.7 mln dlrs. The year-ago second quarter included a gain, and sales were above the comparable year-ago quarter.';
    expect(values(text, '1987-07-21').slice(1)).toEqual([['The year-ago second quarter', '1986-Q2'], ['the comparable year-ago quarter', '1986-Q2']]);
  });

  it('"for the full year 1985" is that year in one span', () => {
    expect(values('The unit lost money for the full year 1985, the company said.', '1986-03-11')).toEqual([['the full year 1985', '1985']]);
  });
});

describe('tagTimexes: "the whole of" a year written', () => {
  it('"the whole of 1985" and "the whole 1985" are one span each, the year', () => {
    expect(values('Lending grew 4 pct for the whole of 1985 and 6 pct in the whole 1985 period.', '1986-02-11')).toEqual([
      ['the whole of 1985', '1985'],
      ['the whole 1985', '1985'],
    ]);
  });
});
