import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A calendar quarter named by its first and last months ("January/March", "the April-May-June
// period") (issue 16, read on the 1987 wire splits reuters/fresh6-fresh11 after their first scores).
// Sentences written for these tests; negative cases in quarter-months.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a calendar quarter named by its first and last months', () => {
  it('"July/September exports" is the third quarter, one DATE', () => {
    expect(values('Norway said its July/September exports of salmon climbed 11 pct.', '1987-11-20')).toEqual([['July/September', '1987-Q3']]);
  });

  it('"the October-December period" and "October-December 1986" are the fourth quarter, with "the" and "period" in the span', () => {
    expect(values('Chile posted a copper surplus in the October-December period.', '1987-02-10')).toEqual([['the October-December period', '1986-Q4']]);
    expect(values('Retail volume in October-December 1986 rose 2.1 pct.', '1987-02-10')).toEqual([['October-December 1986', '1986-Q4']]);
  });

  it('"the April through June period in 1986" and "the July-August-September period" are one span each', () => {
    expect(values('Bookings for the April through June period in 1986 slipped 4 pct.', '1987-03-02')).toEqual([['the April through June period in 1986', '1986-Q2']]);
    expect(values('Dealers expect a deficit in the July-August-September period.', '1987-05-12')).toEqual([['the July-August-September period', '1987-Q3']]);
  });

  it('"the April-June second quarter" is that quarter, its months and its name one span', () => {
    expect(values('Orders fell 2 pct in the April-June second quarter, the agency said.', '1987-08-03')).toEqual([['the April-June second quarter', '1987-Q2']]);
  });

  it('a comparison beside such a quarter\'s figures is that quarter a year back', () => {
    expect(values('Oslo said January/March imports rose 6.1 pct from a year ago.', '1987-04-28')).toEqual([
      ['January/March', '1987-Q1'],
      ['a year ago', '1986-Q1'],
    ]);
  });
});
