import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month's figure set against the same month of an earlier year with "compared to" (the wire's
// "compared with") or with a change in per cent "over" the earlier figure is a base the story
// measures from, no step of its narrative: the next bare month is still the month reported, not
// that month of the earlier year (issue 16, read on reuters/fresh19 after its first score).
// Sentences written for these tests; negative cases in compared-to-base.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "compared to" a figure of an earlier year sets no narrative year', () => {
  it('"compared to 41,200 in May 1986" leaves the next sentence\'s "in May" in the year reported', () => {
    expect(values('Ferry crossings reached 52,300 in May, compared to 41,200 in May 1986. Freight bookings also rose in May, the port said.', '1987-06-03')).toEqual([
      ['May', '1987-05'],
      ['May 1986', '1986-05'],
      ['May', '1987-05'],
    ]);
  });

  it('"compared to 910 tonnes shipped in October 1986" (a participle between) leaves the next "October" alone', () => {
    expect(values('Exports of tin plate totalled 1,450 tonnes in October compared to 910 tonnes shipped in October 1986. Imports in October fell to 300 tonnes.', '1987-11-05')).toEqual([
      ['October', '1987-10'],
      ['October 1986', '1986-10'],
      ['October', '1987-10'],
    ]);
  });
});

describe('tagTimexes: a change in per cent "over" a figure of an earlier year sets no narrative year', () => {
  it('"up 14 pct over the 3,100 cars sold in July 1986" leaves the next "July" and "July 12" in the year reported', () => {
    expect(values('Dealers sold 3,540 cars in July, up 14 pct over the 3,100 cars sold in July 1986. Truck sales in July slipped, and a daily record was set July 12.', '1987-08-04')).toEqual([
      ['July', '1987-07'],
      ['July 1986', '1986-07'],
      ['July', '1987-07'],
      ['July 12', '1987-07-12'],
    ]);
  });
});
