// What stays where the tagger put it: weekdays with no word of the small hours, weekdays said to
// be past, and weekday dates whose sentence names no single year they fall in.
import { describe, expect, it } from 'vitest';
import { anchoredDays } from '../../../src/lib/events/anchoredDays';
import { timexOf } from './helpers';

const WEDNESDAY = '2024-05-15';
const moved = (text: string, words: string, value: string, published = WEDNESDAY) => {
  const day = value.slice(0, 10);
  return anchoredDays(text, timexOf(text, words, value), { start: day, end: day, granularity: 'day' }, published).start;
};

describe('a weekday the small hours do not move', () => {
  it('keeps a plain Thursday six days back', () => {
    expect(moved('The mill collapsed Thursday after weeks of rain.', 'Thursday', '2024-05-09')).toBe('2024-05-09');
  });
  it('keeps "last Thursday" even in the morning', () => {
    expect(moved('The mill collapsed early last Thursday.', 'last Thursday', '2024-05-09')).toBe('2024-05-09');
  });
  it('keeps an early weekday the tagger did not put six days back', () => {
    expect(moved('The mill collapsed early Tuesday.', 'Tuesday', '2024-05-14')).toBe('2024-05-14');
  });
  it('keeps a weekday in brackets that tells the same moment in another time zone', () => {
    expect(moved('The count was still not in by Wednesday evening (early Thursday AEST), officials said.', 'early Thursday', '2024-05-09')).toBe('2024-05-09');
  });
  it('keeps a Thursday evening', () => {
    expect(moved('The mill collapsed Thursday evening.', 'Thursday evening', '2024-05-09TEV')).toBe('2024-05-09');
  });
});

describe('a weekday date the year in its sentence does not move', () => {
  it('keeps it when the weekday does not fall on that date in that year', () => {
    expect(moved('The stone marks the 1971 rodeo, ridden on Saturday, July 12th.', 'Saturday, July 12th', '2025-07-12')).toBe('2025-07-12');
  });
  it('keeps it when the sentence names two years', () => {
    expect(moved('Between 1958 and 2014 the rodeo ended on Saturday, July 12th.', 'Saturday, July 12th', '2025-07-12')).toBe('2025-07-12');
  });
  it('keeps a weekday date with no year in its sentence', () => {
    expect(moved('The rodeo ends on Saturday, July 12th.', 'Saturday, July 12th', '2025-07-12')).toBe('2025-07-12');
  });
});
