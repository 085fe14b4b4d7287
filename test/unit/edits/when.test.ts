import { describe, expect, it } from 'vitest';
import type { EventWhen } from '../../../src/lib/document';
import { redate } from '../../../src/lib/edits';

const lastWeek: EventWhen = { timex: '2025-W44', start: '2025-10-27', end: '2025-11-02', granularity: 'week', text: 'last week', mod: 'APPROX' };

describe('redate', () => {
  it.each([
    ['2025-11-04', '2025-11-04', 'day'],
    ['2025-11-04', '', 'day'],
    ['', '2025-11-04', 'day'],
    ['2026-03-01', '2026-03-31', 'month'],
    ['2024-02-01', '2024-02-29', 'month'],
    ['2026-01-01', '2026-12-31', 'year'],
    ['2025-10-20', '2025-10-26', null],
  ])('sets %s .. %s with granularity %s, keeping the article words', (start, end, granularity) => {
    const r = redate(lastWeek, start, end);
    expect(r).toEqual({ ok: true, when: { timex: null, start: start || end, end: end || start, granularity, text: 'last week' } });
  });

  it('makes an event undated when both dates are cleared', () => {
    expect(redate(lastWeek, '', '')).toEqual({ ok: true, when: { timex: null, start: null, end: null, granularity: null, text: 'last week' } });
  });

  it('refuses an end before the start', () => {
    expect(redate(lastWeek, '2025-11-04', '2025-11-01')).toEqual({ ok: false, message: 'The end date is before the start date.' });
  });

  it('refuses a day that does not exist', () => {
    expect(redate(lastWeek, '2025-02-30', '')).toEqual({ ok: false, message: 'Dates must be real days written YYYY-MM-DD.' });
  });
});
