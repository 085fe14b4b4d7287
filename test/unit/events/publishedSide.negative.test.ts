// What the cut at the day of writing must leave alone.
import { describe, expect, it } from 'vitest';
import { onItsSide } from '../../../src/lib/events/publishedSide';

describe('a range the day of writing does not split', () => {
  it('leaves a past month wholly before the day of writing', () => {
    expect(onItsSide({ start: '2024-04-01', end: '2024-04-30' }, '2024-05-15', 'past', 'April')).toEqual({ start: '2024-04-01', end: '2024-04-30' });
  });
  it('leaves a forecast for this year the whole year: it is the year’s growth', () => {
    expect(onItsSide({ start: '2024-01-01', end: '2024-12-31' }, '2024-05-15', 'projected', 'this year')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
  it('leaves a bare year a figure covers', () => {
    expect(onItsSide({ start: '2024-01-01', end: '2024-12-31' }, '2024-05-15', 'past', '2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
  it('leaves the day of writing itself', () => {
    expect(onItsSide({ start: '2024-05-15', end: '2024-05-15' }, '2024-05-15', 'projected', 'today')).toEqual({ start: '2024-05-15', end: '2024-05-15' });
  });
  it('leaves a past period that starts on the day of writing as it is rather than empty it', () => {
    expect(onItsSide({ start: '2024-05-15', end: '2024-05-19' }, '2024-05-15', 'past', 'earlier this week')).toEqual({ start: '2024-05-15', end: '2024-05-19' });
  });
  it('leaves a coming period that ends on the day of writing as it is', () => {
    expect(onItsSide({ start: '2024-05-13', end: '2024-05-15' }, '2024-05-15', 'projected', 'later this week')).toEqual({ start: '2024-05-13', end: '2024-05-15' });
  });
});
