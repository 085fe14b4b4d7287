import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An ordinal, a year, then the quarter ("the first 1987 quarter"), and a half or quarter of
// something that is no year (issue 16, read on the 1987 wire splits reuters/fresh6-fresh11 after
// their first scores). Sentences written for these tests; negative cases in quarters-and-
// halves.negative.test.ts.
const typed = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: an ordinal, a year, then the quarter', () => {
  it('"the third 1986 quarter" is 1986-Q3, a DATE, not a count of 1986 quarters', () => {
    expect(typed('Exports dipped 3 pct from the third 1986 quarter, the institute said.', '1987-03-09')).toEqual([['the third 1986 quarter', 'DATE', '1986-Q3']]);
  });

  it('"the first 1987 half" is 1987-H1', () => {
    expect(typed('Margins firmed in the first 1987 half.', '1987-08-14')).toEqual([['the first 1987 half', 'DATE', '1987-H1']]);
  });
});
