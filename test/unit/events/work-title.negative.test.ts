// A date that is a word of a work's title is no event (workTitle.ts). Sentences written for
// these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('a year or a season inside a quoted title is no event', () => {
  it('drops the year of a film title with its subtitle', () => {
    expect(datesOf('The orchestra opened with the fanfare from “2001: A Space Odyssey” before the mayor spoke.', [['2001', '2001']])).toEqual([]);
  });
  it('drops the season and year that make up a song title', () => {
    expect(datesOf('The crowd sang “Summer of 1969” as the band left the stage.', [['Summer of 1969', '1969-SU']])).toEqual([]);
  });
  it('drops the year opening a quoted film title', () => {
    expect(datesOf('Cinemas pulled “1917 and After” from their listings.', [['1917', '1917']])).toEqual([]);
  });
});

describe('a year before a colon and a capitalised subtitle is no event', () => {
  it('drops the year of an unquoted title inside the sentence', () => {
    expect(datesOf('The studio reissued 1984: The Graphic Novel with a new cover.', [['1984', '1984']])).toEqual([]);
  });
});
