import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Days listed with commas are not one day: "on June 8 2004, June 12 and June 15" keeps each its
// own reading. Sentences written for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: a day in apposition, negative cases', () => {
  it('a list of other days keeps its own values', () => {
    const values = all('The panel sat on June 8 2004, June 12 and June 15.').map(([, v]) => v);
    expect(values[0]).toBe('2004-06-08');
    expect(values.slice(1).every((v) => !v.endsWith('-06-08'))).toBe(true);
  });
});
