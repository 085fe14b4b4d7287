import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A forecast that sets a quarter's figure above or level with an earlier one ("sales in the first
// quarter will surpass record sales of 2.1 billion dlrs last year") compares that quarter with
// the same quarter a year back, as "compared with ... last year" beside a quarter's figure does:
// "last year" right after the earlier figure is that quarter a year back, not the whole year
// (issue 16's comparison periods, read on reuters/fresh20 after its first score). Sentences
// written for these tests; negative cases in outdone-last-year.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "last year" after a figure a forecast quarter is to outdo', () => {
  it('"third quarter orders should exceed the record 410 mln dlrs last year" is 1993-Q3', () => {
    expect(values('The shipyard said third quarter orders should exceed the record 410 mln dlrs last year.', '1994-08-02')).toEqual([
      ['third quarter', '1994-Q3'],
      ['last year', '1993-Q3'],
    ]);
  });
  it('"revenue in the second quarter will top record revenue of 75 mln dlrs last year" is 1996-Q2', () => {
    expect(values('The chain believes revenue in the second quarter will top record revenue of 75 mln dlrs last year.', '1997-05-20')).toEqual([
      ['the second quarter', '1997-Q2'],
      ['last year', '1996-Q2'],
    ]);
  });
});
