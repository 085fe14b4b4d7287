// "Before" that bounds nothing here: a bound denied, an era, a count (countBeforeDate.ts), a day
// far from the happening.
import { describe, expect, it } from 'vitest';
import { beforeDate } from '../../../src/lib/events/beforeDate';
import { timexOf } from './helpers';

const FRIDAY = '2024-05-17';
const moved = (text: string, words: string, value: string, start: string, end: string, granularity: 'day' | 'month' | 'year' = 'day') =>
  beforeDate(text, timexOf(text, words, value), { start, end, granularity }, FRIDAY);

describe('"before" that leaves the date alone', () => {
  it('leaves a bound denied ("won\'t be finished before August")', () => {
    expect(moved('The new runway won\'t be finished before August.', 'August', '2024-08', '2024-08-01', '2024-08-31', 'month')).toBeNull();
  });
  it('leaves a year, an era told in passing', () => {
    expect(moved('Before 1990 the port handled only coal.', '1990', '1990', '1990-01-01', '1990-12-31', 'year')).toBeNull();
  });
  it('leaves "long before"', () => {
    expect(moved('The deal was struck long before Monday, aides said.', 'Monday', '2024-05-13', '2024-05-13', '2024-05-13')).toBeNull();
  });
  it('leaves "a long time before" a day named for what happened on it', () => {
    expect(moved('The clerk had been watched a long time before May 13, when the fraud came to light.', 'May 13', '2024-05-13', '2024-05-13', '2024-05-13')).toBeNull();
  });
  it('leaves a bound most of a year ahead (the tagger\'s year for a day just gone)', () => {
    expect(moved('The club had hoped to sign him before Christmas, but talks stalled.', 'Christmas', '2024-12-25', '2024-12-25', '2024-12-25')).toBeNull();
  });
  it('leaves a count before the day to countBeforeDate.ts', () => {
    expect(moved('The deal was struck two days before Monday.', 'Monday', '2024-05-13', '2024-05-13', '2024-05-13')).toBeNull();
  });
  it('leaves a past month (what was done before it may lie anywhere before)', () => {
    expect(moved('The firm had sold the plant before March.', 'March', '2024-03', '2024-03-01', '2024-03-31', 'month')).toBeNull();
  });
  it('leaves a date that names the happening after it ("before Sunday\'s final")', () => {
    expect(moved('Fans gathered before Sunday\'s final in the square.', 'Sunday', '2024-05-19', '2024-05-19', '2024-05-19')).toBeNull();
  });
});
