import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// After a count of a measured stuff, "a year ago" is still a date. Sentences written for these
// tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a rate of a measured stuff, negative cases', () => {
  it('"shipped 800 crates of pears a year ago" is a date', () => {
    expect(all('The farm shipped 800 crates of pears a year ago.')).toEqual([['a year ago', 'DATE', '2015']]);
  });
});
