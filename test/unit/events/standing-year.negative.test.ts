// A fiscal year closed in the past, a year named by its number, a school year's start: the day
// stays. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '1991-02-20';
const datesOf = dateWordsWith(PUBLISHED);

describe('a year bound told as news keeps its day', () => {
  it('keeps a fiscal year that ended, with its loss', () => {
    const text = 'The fiscal year ended September 30 with a loss of 3.1 mln dlrs.';
    expect(datesOf(text, [['September 30', '1990-09-30']])).toEqual(['September 30']);
  });
  it('keeps a school year starting on a day', () => {
    const text = 'The school year starts September 3 in the county.';
    expect(datesOf(text, [['September 3', '1991-09-03']])).toEqual(['September 3']);
  });
  it('keeps the day a fiscal year starts when the year is given', () => {
    const text = 'The new fiscal year begins July 1, 1991, with a smaller budget.';
    expect(datesOf(text, [['July 1, 1991', '1991-07-01']])).toEqual(['July 1, 1991']);
  });
});
