import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A season that names a kind ("an ordinary winter flu virus") or is spoken of with "a" as the
// head of its phrase ("in a bad seasonal flu winter we would get ...") has no calendar place and
// is not tagged (read on t17/fresh1's swine flu story). Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '2016-02-03').map((t) => t.text);

describe('tagTimexes: a season that names a kind or any season', () => {
  it('"summer flu" is a kind of flu', () => {
    expect(texts('Doctors said it was no worse than a typical summer flu virus.')).toEqual([]);
  });

  it('"in a cold winter, demand rises" is any winter', () => {
    expect(texts('In a cold winter, demand for gas rises by a third.')).toEqual([]);
  });
});
