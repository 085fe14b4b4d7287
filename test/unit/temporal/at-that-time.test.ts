import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "calling the February tests 'preliminary' and saying that 'final well conditions were not known
// at that time'": "at that time" takes back the date its own sentence named before it (read on
// t17/fresh1's cement story). Sentences written for these tests; published 2013-11-22.
const all = (text: string) => tagTimexes(text, '2013-11-22').map((t) => [t.text, t.value]);

describe('tagTimexes: "at that time" after a date in its sentence', () => {
  it('"in 2009 ... at that time" is 2009', () => {
    expect(all('The mine was sold in 2009, and at that time it employed 400 people.')).toEqual([
      ['2009', '2009'],
      ['that time', '2009'],
    ]);
  });
});
