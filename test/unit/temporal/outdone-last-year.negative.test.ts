import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Negative cases for outdone-last-year.test.ts: a year's own figure set against "last year" stays
// the year, and "last year" that is no earlier figure's (a verb of outdoing with no amount before
// the date) is not moved. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "last year" after a verb of outdoing that stays the year', () => {
  it('a year\'s forecast: "sales this year should exceed the 3.1 billion dlrs it booked last year" leaves the years alone', () => {
    expect(values('The group said sales this year should exceed the 3.1 billion dlrs it booked last year.', '1994-08-02')).toEqual([
      ['this year', '1994'],
      ['last year', '1993'],
    ]);
  });
  it('no figure before it: "hopes to match its record pace of last year" keeps 1993', () => {
    expect(values('The shipyard hopes to match its record pace of last year.', '1994-08-02')).toEqual([['last year', '1993']]);
  });
});
