import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Results copy names a fiscal quarter or half with its fiscal year and no "of" ("first quarter
// fiscal 1986", "first half fiscal 1987") or with the fiscal year's possessive ("fiscal 1986's
// second quarter"): one date, the quarter or half of the year the company names, as "the first
// quarter of fiscal 1986" is (TimeML gives "fiscal 1989" as 1989) — not this year's quarter beside
// a fiscal year tagged apart (issue 16's fiscal years, read on reuters/fresh21 after its first
// score). Sentences written for these tests; negative cases in fiscal-period-no-of.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a fiscal quarter or half written without "of"', () => {
  it('"third quarter fiscal 1992" is 1992-Q3, wherever the calendar stands', () => {
    expect(values('The toolmaker earned 2.4 mln dlrs in its third quarter fiscal 1992, on sales of 40 mln dlrs.', '1993-06-11')).toEqual([
      ['third quarter fiscal 1992', '1992-Q3'],
    ]);
  });
  it('"second half fiscal 1990" is 1990-H2', () => {
    expect(values('Orders for the second half fiscal 1990 rose 8 pct, the retailer said.', '1990-09-14')).toEqual([
      ['the second half fiscal 1990', '1990-H2'],
    ]);
  });
  it('"fiscal 1995\'s fourth quarter" is 1995-Q4', () => {
    expect(values('The mill lost 900,000 dlrs in fiscal 1995\'s fourth quarter.', '1996-02-08')).toEqual([
      ["fiscal 1995's fourth quarter", '1995-Q4'],
    ]);
  });
});
