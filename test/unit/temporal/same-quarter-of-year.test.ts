import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A compared period named by its own noun with the year it falls in ("the same quarter of 1985",
// "the same half in 1990") is one expression, as "the same period of 1985" already was:
// the period reported, in the year written (issue 16, read on reuters/fresh19 after its first
// score). Sentences written for these tests; negative cases in same-quarter-of-year.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "the same quarter of <year>"', () => {
  it('"the same quarter of 1990" after a fourth quarter is 1990-Q4', () => {
    expect(values('Group sales in the fourth quarter fell 3.2 pct from the same quarter of 1990.', '1992-02-20')).toEqual([
      ['the fourth quarter', '1991-Q4'],
      ['the same quarter of 1990', '1990-Q4'],
    ]);
  });
});
