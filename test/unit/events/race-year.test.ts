// What the race-year rule leaves: a race's own doings keep its year ("won the 2016 election"),
// and a year before a race's noun with no verb acting on it from outside stays as it was.
// Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2026-03-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a race’s own doings keep its year', () => {
  it('keeps the year of an election won', () => {
    expect(datesOf('The mayor’s brother won the 2022 county election by nine votes.', [['2022', '2022']])).toEqual(['2022']);
  });
  it('keeps the year of a primary voted in', () => {
    expect(datesOf('Turnout fell sharply in the 2018 primary across the valley.', [['2018', '2018']])).toEqual(['2018']);
  });
  it('keeps the year of a season launched, no race', () => {
    expect(datesOf('The league launched its 2025 season with a night game.', [['2025', '2025']])).toEqual(['2025']);
  });
});
