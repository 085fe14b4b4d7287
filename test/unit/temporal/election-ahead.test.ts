import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An election that may yet be called lies ahead, whatever the tense of the talk about it (issue 16,
// read on the 1987 wire splits reuters/fresh6-fresh11 after their first scores). Sentences written
// for these tests; negative cases in election-ahead.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: an election that may yet be called', () => {
  it('"a September election" spoken of in the past tense lies ahead', () => {
    expect(values('Party officials yesterday played down talk of a September election.', '1987-03-12')).toEqual([
      ['yesterday', '1987-03-11'],
      ['September', '1987-09'],
    ]);
  });

  it('"a November general election" after a verb of doubt lies ahead too', () => {
    expect(values('The premier refused to rule out a November general election.', '1987-06-25')).toEqual([['November', '1987-11']]);
  });
});
