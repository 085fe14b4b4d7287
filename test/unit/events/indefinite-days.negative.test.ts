// What must NOT become an event: a date that comes round every year or every week — a day after
// "every" or "each", an indefinite weekday's list ("on a Monday, Tuesday or Friday") — and a time a
// command to the reader advises ("Always try to book on ..."). Sentences written for these tests;
// timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-09-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('a day that comes round again is not dated', () => {
  it('drops a day and month after "every"', () => {
    expect(datesOf('The council proposes marking every 14 March as Rivers Day in the district.', [['14 March', '2026-03-14']])).toEqual([]);
  });
  it('drops a holiday after "each"', () => {
    expect(datesOf('The choir sings on the harbour steps each Easter.', [['Easter', '2026-04-05']])).toEqual([]);
  });
  it('drops a month after "every year in"', () => {
    expect(datesOf('The bakery closes every year in August for repairs.', [['August', '2026-08']])).toEqual([]);
  });
  it('drops the rest of an indefinite weekday’s list', () => {
    expect(datesOf('Members are told to collect parcels on a Monday, Thursday or Saturday, the depot says.', [['Thursday or Saturday', '2025-09-11']])).toEqual([]);
  });
});

describe('a time advised by a command to the reader is not dated', () => {
  it('drops the weekday an expert quoted says always to choose', () => {
    expect(datesOf('The planner said: “Always try to reserve a table on Thursday, when the kitchen is calm.”', [['Thursday', '2025-09-11']])).toEqual([]);
  });
  it('drops the month a command says never to travel in', () => {
    expect(datesOf('Never drive to the coast in August, the guide warns.', [['August', '2026-08']])).toEqual([]);
  });
  it('drops the season a reader is told to make sure to visit in', () => {
    expect(datesOf('Make sure to see the gardens in May, when the tulips open.', [['May', '2026-05']])).toEqual([]);
  });
});

describe('a whole day gone through in a present habit is not dated', () => {
  it('drops "throughout the day" of what a firm does every day', () => {
    expect(datesOf('The bakery has sensors to log oven heat throughout the day, and staff check them hourly.', [['the day', '2025-09-10']])).toEqual([]);
  });
  it('drops "all through the night" of a lamp that always burns', () => {
    expect(datesOf('A lamp burns in the chapel window all through the night.', [['the night', '2025-09-10']])).toEqual([]);
  });
});
