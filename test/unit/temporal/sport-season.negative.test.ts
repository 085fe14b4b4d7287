import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a season named from publication (sport-season.test.ts) is not: a season of a kind ("the
// holiday season", "the regular season"), a season counted ("his best season"), a season as a
// noun's modifier ("season tickets"); and "the rest of the season" a player misses is left to the
// events stage with its verb. Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '2011-02-14').map((t) => t.text);

describe('tagTimexes: a season not named from publication is no date', () => {
  it('"the holiday season" and "the regular season" are not tagged', () => {
    expect(texts('Shops hired extra staff for the holiday season, and the league played the regular season in full.')).toEqual([]);
  });

  it('"his best season" and "season tickets" are not tagged', () => {
    expect(texts('It was his best season, and season tickets sold out.')).toEqual([]);
  });

  it('"the rest of the season" is not tagged', () => {
    expect(texts('The winger will sit out the rest of the season.')).toEqual([]);
  });

  it('"his first start of the season" and "at the end of the season" are not tagged', () => {
    expect(texts('The backup will make his first start of the season, and may retire at the end of the season.')).toEqual([]);
  });
});
