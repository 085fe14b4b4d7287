import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A forecast's quarter ("expects to report higher first quarter earnings") is no period the story
// reports, yet the comparison a year back in its sentence ("than the 4.1 mln dlrs reported a year
// earlier") is with that quarter a year back, not with the year (issue 16, read on reuters/fresh19
// after its first score). Sentences written for these tests; negative cases in
// forecast-quarter-year-back.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a year back from a forecast quarter of its own sentence', () => {
  it('"expects second quarter profit to rise from the 2.2 mln dlrs earned a year earlier" is 1994-Q2', () => {
    expect(values('The brewer said it expects second quarter profit to rise sharply from the 2.2 mln dlrs earned a year earlier.', '1995-06-12')).toEqual([
      ['second quarter', '1995-Q2'],
      ['a year earlier', '1994-Q2'],
    ]);
  });
});
