// Near days that each date a doing keep their dates, side by side or not (daySlogan.ts).
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('near days told each with its verb keep their dates', () => {
  it('keeps the days of an account day by day', () => {
    expect(datesOf('Yesterday the envoy landed in Cairo, today she meets the president.', [['Yesterday', '2024-05-14'], ['today', '2024-05-15']])).toEqual(['Yesterday', 'today']);
  });
  it('keeps a lone day opening a short clause', () => {
    expect(datesOf('The talks stalled, and today a second round.', [['today', '2024-05-15']])).toEqual(['today']);
  });
});
