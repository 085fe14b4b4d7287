// What must NOT become an event: a span of weekdays joined by a hyphen before a noun ("enough
// Tuesday-Saturday drivers", "a Monday-Friday schedule"): a standing schedule's kind, no days of
// the calendar. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2023-05-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a span of weekdays before a noun is a kind of schedule', () => {
  it('drops "Wednesday-Sunday cooks"', () => {
    expect(datesOf('The owner said the cap had kept the diner from hiring enough Wednesday-Sunday cooks.', [['Wednesday', '2023-05-10'], ['Sunday', '2023-05-14']])).toEqual([]);
  });
  it('drops "a Monday-Thursday rota"', () => {
    expect(datesOf('Nurses were moved to a Monday-Thursday rota in the spring.', [['Monday', '2023-05-08'], ['Thursday', '2023-05-11']])).toEqual([]);
  });
});
