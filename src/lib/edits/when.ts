// The date of an event as the user sets it by hand (Start date / End date fields, or a drag).
// The article's words ("last week") are kept, since the user corrected their reading, not the
// text; the TimeML value and mod no longer describe the new days, so they are dropped.
// Granularity follows the new range: one day, a whole month, a whole year, else none.
// This module must not know about forms or components.
import type { EventWhen, Granularity } from '../document';
import { daysInMonth } from '../temporal/reference';
import { isDay } from '../validate';

export type Redated = { ok: true; when: EventWhen } | { ok: false; message: string };

function granularityOf(start: string, end: string): Granularity | null {
  if (start === end) return 'day';
  const [y, m] = start.split('-').map(Number);
  if (start.endsWith('-01-01') && end === `${y}-12-31`) return 'year';
  const last = `${start.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, '0')}`;
  if (start.endsWith('-01') && end === last) return 'month';
  return null;
}

/** `start`/`end` as typed ('' for empty): both empty makes the event undated; one alone is one day. */
export function redate(when: EventWhen, start: string, end: string): Redated {
  if (start === '' && end === '') return { ok: true, when: { timex: null, start: null, end: null, granularity: null, text: when.text } };
  const s = start || end;
  const e = end || start;
  if (!isDay(s) || !isDay(e)) return { ok: false, message: 'Dates must be real days written YYYY-MM-DD.' };
  if (e < s) return { ok: false, message: 'The end date is before the start date.' };
  return { ok: true, when: { timex: null, start: s, end: e, granularity: granularityOf(s, e), text: when.text } };
}
