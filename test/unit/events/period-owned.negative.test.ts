// What must NOT become an event: a period's possessive before a thing that is no happening ("this
// year's budget", "this week's quiz"): it says which one, the period's own, and dates nothing.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-09-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a period’s possessive before a thing is not dated', () => {
  it('drops the year that owns a budget', () => {
    expect(datesOf('Nearly half of this year’s parks budget has not been spent, the auditor found.', [['this year', '2025']])).toEqual([]);
  });
  it('drops the year that owns a theme', () => {
    expect(datesOf('This year’s harvest fair theme is “Roots and Rivers,” organisers say.', [['This year', '2025']])).toEqual([]);
  });
  it('drops the week that owns a quiz question', () => {
    expect(datesOf('This week’s quiz question asks readers to name the river.', [['This week', '2025-W37']])).toEqual([]);
  });
  it('drops the year that owns a title given to a winner', () => {
    expect(datesOf('Judges named the cider this year’s “Pick of the Valley,” beside two perries.', [['this year', '2025']])).toEqual([]);
  });
});
