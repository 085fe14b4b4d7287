// A book-keeping year's bounds told in the plain present, with no year: how that year always runs.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '1991-02-20';
const datesOf = dateWordsWith(PUBLISHED);

describe('a standing bound of a fiscal year dates no event', () => {
  it('drops the day a company fiscal year ends', () => {
    const text = 'Halvorsen Mills reported a loss of 3.1 mln dlrs. Its fiscal year ends September 30.';
    expect(datesOf(text, [['September 30', '1991-09-30']])).toEqual([]);
  });
  it('drops the day a tax year begins', () => {
    const text = 'In Britain the tax year begins on April 6.';
    expect(datesOf(text, [['April 6', '1991-04-06']])).toEqual([]);
  });
});
