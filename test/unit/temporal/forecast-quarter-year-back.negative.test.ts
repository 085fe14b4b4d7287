import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Where a year back is not the forecast quarter of its sentence (forecast-quarter-year-back.test.ts):
// a sentence of a year's figures compares with the year before. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a year back in a sentence that names no quarter', () => {
  it('"expects 1995 profit to rise from 2.2 mln dlrs a year earlier" is 1994', () => {
    expect(values('The brewer said it expects 1995 profit to rise sharply from 2.2 mln dlrs a year earlier.', '1995-06-12')).toEqual([
      ['1995', '1995'],
      ['a year earlier', '1994'],
    ]);
  });
});
