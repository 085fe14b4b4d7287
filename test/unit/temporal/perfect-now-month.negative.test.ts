import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A past narrative keeps its year: "It was bought in October 2006. In January, it hired ten
// staff." is January 2007. Sentences written for these tests; published 2011-02-03.
const all = (text: string) => tagTimexes(text, '2011-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: a month in a present perfect of now, negative cases', () => {
  it('a plain past after the named month stays in the narrative', () => {
    expect(all('The forum was bought in October 2006. In January, it hired ten staff.')).toEqual([
      ['October 2006', '2006-10'],
      ['January', '2007-01'],
    ]);
  });
});
