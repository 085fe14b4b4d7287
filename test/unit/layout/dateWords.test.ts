import { describe, expect, it } from 'vitest';
import type { EventWhen } from '../../../src/lib/document';
import { dateInWords } from '../../../src/lib/layout';
import { truncate } from '../../../src/lib/layout/cut';
import { textWidth } from '../../../src/lib/layout/textWidth';

const when = (start: string | null, end: string | null, granularity: EventWhen['granularity'], extra: Partial<EventWhen> = {}): EventWhen => ({
  timex: null, start, end, granularity, text: null, ...extra,
});

describe('dateInWords', () => {
  const cases: [string, EventWhen, string, string?][] = [
    ['a day', when('2025-11-04', '2025-11-04', 'day'), '4 November 2025'],
    ['a day in en-US', when('2025-11-04', '2025-11-04', 'day'), 'November 4, 2025', 'en-US'],
    ['a week', when('2025-10-27', '2025-11-02', 'week'), 'week of 27 October 2025'],
    ['a stretch of weeks, by its days', when('2025-11-05', '2025-12-02', 'week'), '5 November 2025 to 2 December 2025'],
    ['a weekend', when('2025-10-25', '2025-10-26', 'weekend'), 'weekend of 25 October 2025'],
    ['a month', when('2026-03-01', '2026-03-31', 'month'), 'March 2026'],
    ['a season', when('2025-06-01', '2025-08-31', 'season', { timex: '2025-SU' }), 'summer 2025'],
    ['a quarter', when('2025-07-01', '2025-09-30', 'quarter'), 'Q3 2025'],
    ['a half', when('2025-01-01', '2025-06-30', 'half'), 'first half of 2025'],
    ['a year', when('2025-01-01', '2025-12-31', 'year'), '2025'],
    ['a decade', when('1990-01-01', '1999-12-31', 'decade'), 'the 1990s'],
    ['an approximate month', when('2026-03-01', '2026-03-31', 'month', { mod: 'APPROX' }), 'around March 2026'],
    ['early in a month', when('2026-03-01', '2026-03-10', 'month', { mod: 'START' }), 'early March 2026'],
    ['no date', when(null, null, null), 'no date given'],
  ];
  for (const [name, w, expected, locale] of cases) {
    it(`says ${name} as "${expected}"`, () => expect(dateInWords(w, locale)).toBe(expected));
  }
});

describe('the width table', () => {
  it('measures wide letters wider than narrow ones', () => {
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10) * 3);
  });
  it('truncates at a word with an ellipsis within the room given', () => {
    const t = truncate('Trump visits Malaysia, Japan and South Korea', 120, 13);
    expect(t.endsWith('\u2026')).toBe(true);
    expect(textWidth(t, 13)).toBeLessThanOrEqual(120);
    expect(t).toBe('Trump visits\u2026');
  });
});
