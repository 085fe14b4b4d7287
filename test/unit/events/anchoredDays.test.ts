// A weekday the tagger counted from the wrong anchor, set right by its own words: the small hours
// after a page's date, and the year its sentence names.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { anchoredDays } from '../../../src/lib/events/anchoredDays';
import { timexOf } from './helpers';

const WEDNESDAY = '2024-05-15';
const dayOf = (text: string, words: string, value: string, type: 'DATE' | 'TIME' = 'DATE', published = WEDNESDAY) =>
  buildEvents(text, [timexOf(text, words, value, type)], published).find((e) => e.when.text === words)?.when.start;

describe('the small hours of the day after the page\'s date', () => {
  it('draws "early Thursday" in a page of Wednesday on the Thursday after it', () => {
    expect(dayOf('Rescue crews pulled two men from the collapsed mill early Thursday.', 'early Thursday', '2024-05-09')).toBe('2024-05-16');
  });
  it('reads "before dawn" written before the weekday', () => {
    expect(dayOf('Sirens sounded across the port before dawn Thursday as the tide rose.', 'Thursday', '2024-05-09')).toBe('2024-05-16');
  });
  it('reads a clock time of the small hours in the weekday\'s words', () => {
    expect(dayOf('The last ferry docked shortly after 3 a.m. Thursday.', '3 a.m. Thursday', '2024-05-09T03:00', 'TIME')).toBe('2024-05-16');
  });
  it('reads a weekday morning', () => {
    expect(dayOf('The council will inspect the flooded streets on Thursday morning.', 'Thursday morning', '2024-05-09TMO')).toBe('2024-05-16');
  });
});

describe('a weekday date in the year its sentence names', () => {
  it('puts "Saturday, July 12th" in 1958 when the sentence is about 1958', () => {
    const text = 'The stone marks the 1958 county rodeo, whose final round was ridden on Saturday, July 12th.';
    expect(dayOf(text, 'Saturday, July 12th', '2025-07-12', 'DATE', '2024-05-15')).toBe('1958-07-12');
  });
  it('keeps the other fields of the range', () => {
    const text = 'The 1958 rodeo ended on Saturday, July 12th.';
    const t = timexOf(text, 'Saturday, July 12th', '2025-07-12');
    expect(anchoredDays(text, t, { start: '2025-07-12', end: '2025-07-12', granularity: 'day' }, '2024-05-15')).toEqual({ start: '1958-07-12', end: '1958-07-12', granularity: 'day' });
  });
});
