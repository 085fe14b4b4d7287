import { describe, expect, it } from 'vitest';
import type { EventWhen } from '../../../src/lib/document';
import { formatDay, formatDays, formatMonth, formatWhen, formatYear, readDateStyle } from '../../../src/lib/house';

const when = (start: string | null, end: string | null, granularity: EventWhen['granularity'], extra: Partial<EventWhen> = {}): EventWhen => ({
  timex: null, start, end, granularity, text: null, ...extra,
});

describe('house date styles', () => {
  it('writes a day in AP, UK and ISO style', () => {
    expect(formatDay('2025-11-05', 'ap')).toBe('Nov. 5, 2025');
    expect(formatDay('2025-11-05', 'uk')).toBe('5 November 2025');
    expect(formatDay('2025-11-05', 'iso')).toBe('2025-11-05');
    expect(formatDay('2026-03-02', 'ap', false)).toBe('March 2');
    expect(formatDay('2025-09-02', 'ap', false)).toBe('Sept. 2');
  });

  it('writes a week as its days, sharing the month', () => {
    expect(formatWhen(when('2025-11-03', '2025-11-09', 'week'), 'ap', false)).toBe('Nov. 3-9');
    expect(formatWhen(when('2025-11-03', '2025-11-09', 'week'), 'uk', false)).toBe('3-9 November');
    expect(formatWhen(when('2025-11-03', '2025-11-09', 'week', { timex: '2025-W45' }), 'iso')).toBe('2025-W45');
    expect(formatDays('2025-10-27', '2025-11-02', 'ap', false)).toBe('Oct. 27-Nov. 2');
    expect(formatDays('2025-12-29', '2026-01-04', 'ap', false)).toBe('Dec. 29, 2025-Jan. 4, 2026');
  });

  it('writes a month with its year, never a day', () => {
    expect(formatWhen(when('2026-03-01', '2026-03-31', 'month'), 'ap')).toBe('March 2026');
    expect(formatWhen(when('2026-03-01', '2026-03-31', 'month'), 'uk')).toBe('March 2026');
    expect(formatWhen(when('2026-03-01', '2026-03-31', 'month'), 'iso')).toBe('2026-03');
    expect(formatMonth('2026-03-01', 'ap', false)).toBe('March');
  });

  it('writes a year as a year', () => {
    expect(formatWhen(when('2026-01-01', '2026-12-31', 'year'), 'ap')).toBe('2026');
    expect(formatWhen(when('2026-01-01', '2026-12-31', 'year'), 'uk')).toBe('2026');
    expect(formatYear('2008-01-01', '2010-12-31')).toBe('2008-2010');
  });

  it('writes decades and centuries as text, and the article\'s stretch of time as it said it', () => {
    expect(formatWhen(when('1990-01-01', '1999-12-31', 'decade'), 'ap')).toBe('The 1990s');
    expect(formatWhen(when('1300-01-01', '1399-12-31', 'century'), 'uk')).toBe('The 14th century');
    expect(formatWhen(when('1301-01-01', '1400-12-31', 'century', { text: 'for centuries' }), 'ap')).toBe('For centuries');
    expect(formatWhen(when('1350-01-01', '1350-12-31', 'year', { text: 'for centuries' }), 'ap')).toBe('For centuries');
  });

  it('writes seasons, quarters and halves', () => {
    expect(formatWhen(when('2025-06-01', '2025-08-31', 'season', { timex: '2025-SU' }), 'ap')).toBe('Summer 2025');
    expect(formatWhen(when('2025-09-01', '2025-11-30', 'season', { timex: '2025-FA' }), 'ap')).toBe('Fall 2025');
    expect(formatWhen(when('2025-09-01', '2025-11-30', 'season', { timex: '2025-FA' }), 'uk')).toBe('Autumn 2025');
    expect(formatWhen(when('2025-07-01', '2025-09-30', 'quarter'), 'ap')).toBe('Q3 2025');
    expect(formatWhen(when('2025-07-01', '2025-09-30', 'quarter'), 'iso')).toBe('2025-Q3');
    expect(formatWhen(when('2025-01-01', '2025-06-30', 'half'), 'uk')).toBe('First half of 2025');
  });

  it('words a TimeML mod before the date', () => {
    expect(formatWhen(when('2026-03-01', '2026-03-10', 'month', { mod: 'START' }), 'ap')).toBe('Early March 2026');
    expect(formatWhen(when('1990-01-01', '1999-12-31', 'decade', { mod: 'END' }), 'ap')).toBe('Late 1990s');
  });

  it('gives no kicker to an undated expectation and reads unknown styles as AP', () => {
    expect(formatWhen(when(null, null, null), 'ap')).toBeNull();
    expect(readDateStyle('uk')).toBe('uk');
    expect(readDateStyle('<b>')).toBe('ap');
    expect(readDateStyle(undefined, 'iso')).toBe('iso');
  });
});
