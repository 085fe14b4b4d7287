import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A quarter whose words state its calendar year ("the second quarter of last year", "the 1986
// third quarter") and then its end day ("ended May 31") is of that year, and so is the end day,
// which only a tense placed (issue 16: results periods, read on reuters/fresh12). Sentences written
// for these tests; negatives in period-end-day.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the end day of a quarter that states its year', () => {
  it('"the second quarter of last year, ended May 31" is last year\'s quarter and day', () => {
    expect(values('In the second quarter of last year, ended May 31, the importer earned 220,000 dlrs.', '1988-07-14')).toEqual([
      ['the second quarter of last year', '1987-Q2'],
      ['May 31', '1987-05-31'],
    ]);
  });

  it('"the 1986 third quarter, ended August 30" keeps 1986 for the day', () => {
    expect(values('For the 1986 third quarter, ended August 30, the firm lost 90,000 dlrs.', '1987-10-07')).toEqual([
      ['the 1986 third quarter', '1986-Q3'],
      ['August 30', '1986-08-30'],
    ]);
  });
});

describe('tagTimexes: a period forecast in the weeks after its end day', () => {
  it('"expects a loss for the quarter ending June 30" in July is the quarter just ended', () => {
    expect(values('The toy maker expects a loss for the quarter ending June 30.', '1988-07-19')).toEqual([
      ['the quarter', '1988-Q2'],
      ['June 30', '1988-06-30'],
    ]);
  });

  it('"revenue for the period ending September 30" forecast in October is the day just past', () => {
    expect(values('He predicted revenue of about 90 mln dlrs for the period ending September 30.', '1988-10-21').at(-1)).toEqual(['September 30', '1988-09-30']);
  });
});
