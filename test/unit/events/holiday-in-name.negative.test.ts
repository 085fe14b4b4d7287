// A holiday held as a happening's name, or with a word of its own, keeps its day. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-12-28';
const datesOf = dateWordsWith(PUBLISHED);

describe('a holiday naming a happening held on it keeps the day', () => {
  it('keeps a parade named after the holiday', () => {
    const text = 'Thousands lined the route of the Thanksgiving Day Parade in the old town.';
    expect(datesOf(text, [['Thanksgiving Day', '2022-11-24']])).toEqual(['Thanksgiving Day']);
  });
  it('keeps the holiday with a word of its own', () => {
    const text = 'Two stores were robbed over the Christmas Day holiday, police said.';
    expect(datesOf(text, [['Christmas Day', '2022-12-25']])).toEqual(['Christmas Day']);
  });
  it('keeps the holiday before a capitalised place told after it', () => {
    const text = 'The family flew home on Christmas Eve to see relatives in Boston.';
    expect(datesOf(text, [['Christmas Eve', '2022-12-24']])).toEqual(['Christmas Eve']);
  });
});
