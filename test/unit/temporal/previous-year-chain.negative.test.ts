import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Where "the previous year" does not count from a year written before it in its sentence
// (previous-year-chain.test.ts): with no year written before it in the sentence it keeps its reading
// from the story. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "the previous year" with no year written before it in its sentence', () => {
  it('a quarter\'s figures against "the previous year" stay that quarter a year back', () => {
    expect(values('Net income rose to 12 mln dlrs in the third quarter from 9 mln dlrs the previous year.', '1995-10-20')).toEqual([
      ['the third quarter', '1995-Q3'],
      ['the previous year', '1994-Q3'],
    ]);
  });
});
