import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A quarter's figure set against the same quarter of a year the sentence names ("second quarter
// net income of 11.8 mln dlrs, compared with 8.3 mln dlrs in fiscal 1986's second quarter") is
// the quarter a year after that one: a figure is never compared with its own period. The tense
// alone would put a past "second quarter" told in March (a fiscal quarter just reported) a year
// too early, on the very quarter it is compared with (issue 16's comparison periods, read on
// reuters/fresh21 after its first score). Sentences written for these tests; negative cases in
// quarter-against-named-quarter.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a quarter set against the same quarter of a named year', () => {
  it('"third quarter profit ... against ... in fiscal 1993\'s third quarter" in February is 1994-Q3', () => {
    expect(values('The brewer posted third quarter profit of 6 mln dlrs, against 4 mln dlrs in fiscal 1993\'s third quarter.', '1994-02-17')).toEqual([
      ['third quarter', '1994-Q3'],
      ["fiscal 1993's third quarter", '1993-Q3'],
    ]);
  });
  it('"fourth quarter sales ... compared with ... in the fourth quarter of 1990" in March is 1991-Q4', () => {
    expect(values('The printer had fourth quarter sales of 80 mln dlrs, compared with 71 mln dlrs in the fourth quarter of 1990.', '1991-03-05')).toEqual([
      ['fourth quarter', '1991-Q4'],
      ['the fourth quarter of 1990', '1990-Q4'],
    ]);
  });
});
