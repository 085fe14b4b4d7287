import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A week named by its month ("the second week of June", "the final week of October") is a date
// the story goes on from: "the week", "the week before" and "the same month last year" after it
// are that week's (issue 16: the weekly statistics of a central bank, read on reuters/fresh12).
// Sentences written for these tests; negatives in named-week.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: what follows a week named by its month', () => {
  it('"the week" and "the week before" after "the second week of June"', () => {
    expect(values('Bank reserves fell 400 mln francs in the second week of June. Currency holdings in the week were steady, after a drop the week before.', '1988-06-24')).toEqual([
      ['the second week of June', '1988-W23'],
      ['the week', '1988-W23'],
      ['the week before', '1988-W22'],
    ]);
  });

  it('"the same month last year" after "the final week of October" is October a year back', () => {
    expect(values('Notes in circulation rose in the final week of October, up 6 pct on the same month last year.', '1988-11-04').at(-1)).toEqual(['the same month last year', '1987-10']);
  });
});
