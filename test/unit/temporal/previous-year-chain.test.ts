import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A chain of figures each set against the one before: "a surplus of X this year compared with Y in
// 1986 and Z the previous year" — "the previous year" right after a year written in its sentence
// is the year before that one, even when that year is a base the story measures from (issue 16,
// read on reuters/fresh19 after its first score). Sentences written for these tests; negative
// cases in previous-year-chain.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "the previous year" after a year set against', () => {
  it('"against 2.4 billion in 1994 and 1.9 billion the previous year" is 1993', () => {
    expect(values('The ministry expects a trade deficit of 3.1 billion crowns this year, against 2.4 billion in 1994 and 1.9 billion the previous year.', '1995-05-10')).toEqual([
      ['this year', '1995'],
      ['1994', '1994'],
      ['the previous year', '1993'],
    ]);
  });

  it('"compared with 610 mln in 2001 and 540 mln the prior year" is 2000', () => {
    expect(values('Tourism receipts should reach 700 mln dlrs this year, compared with 610 mln in 2001 and 540 mln the prior year.', '2002-03-04').at(-1)).toEqual(['the prior year', '2000']);
  });
});
