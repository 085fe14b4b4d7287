import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Fiscal periods a company names: fiscal quarters and years named by the story, a fiscal calendar
// told as a standing fact, a fiscal year ended on a day (issue 16, read on the 1987 wire splits
// reuters/fresh6-fresh11 after their first scores). Sentences written for these tests; negative
// cases in fiscal-years.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: fiscal periods named by the story', () => {
  it('a quarter marked "fiscal" takes the fiscal year the story names, and so does last year\'s one a year back', () => {
    const text = 'Lakeside Apparel reported a fiscal third-quarter profit of $4 million, up from $3.1 million in last year\'s third quarter. Fiscal 2001 ends Nov. 30.';
    expect(values(text, '2001-10-02').slice(0, 2)).toEqual([['third-quarter', '2001-Q3'], ["last year's third quarter", '2000-Q3']]);
  });

  it('"the fiscal year that begins July 1" is the year it ends in', () => {
    expect(values('Lawmakers passed a $9 billion budget for the fiscal year that begins July 1.', '2003-06-20')).toEqual([['the fiscal year', '2004'], ['July 1', '2003-07-01']]);
  });
});

describe('tagTimexes: a fiscal calendar told as a standing fact', () => {
  it('"whose fiscal year ends May 31" and "Its financial year begins in October" leave the year open', () => {
    expect(values('The software maker, whose fiscal year ends May 31, lifted its forecast.', '1989-11-02')).toEqual([['May 31', 'XXXX-05-31']]);
    expect(values('Its financial year begins in October, a spokesman said.', '1989-11-02')).toEqual([['October', 'XXXX-10']]);
  });
});
