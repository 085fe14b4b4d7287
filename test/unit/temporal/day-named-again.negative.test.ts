import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A day named again with its year written, or another day of the month, is read on its own.
// Sentences written for these tests; published 1995-03-02.
const all = (text: string) => tagTimexes(text, '1995-03-02').map((t) => [t.text, t.value]);

describe('tagTimexes: a day named again, negative cases', () => {
  it('a day with its year written keeps that year', () => {
    const text = 'The trade figures will be released on March 14. The last such release, on March 14, 1994, was delayed.';
    expect(all(text)).toEqual([
      ['March 14', '1995-03-14'],
      ['March 14, 1994', '1994-03-14'],
    ]);
  });
  it('a day told again in the future keeps its own day ahead when the first was read as past', () => {
    const text = 'The council has announced a harbour festival for the waterfront on 14 May. Organisers say the festival will open on the quay on 14 May.';
    expect(tagTimexes(text, '1995-03-02').at(-1)?.value).toBe('1995-05-14');
  });
});
