import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// After a count of things, "a year ago" is a date and "a month's holiday" a length, no rate.
// Sentences written for these tests; published 2016-02-03.
const all = (text: string) => tagTimexes(text, '2016-02-03').map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a rate of counted things, negative cases', () => {
  it('"sold 900 homes a year ago" is a date', () => {
    expect(all('The builder sold 900 homes a year ago.')).toEqual([['a year ago', 'DATE', '2015']]);
  });

  it('"gave 300 staff a week\'s leave" is no rate', () => {
    expect(all('The plant gave 300 staff a week\'s leave.').filter(([, type]) => type === 'SET')).toEqual([]);
  });
});
