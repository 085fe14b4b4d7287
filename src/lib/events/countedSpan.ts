// A length counted from the day of writing: "in the last two days", "for the past 14 years",
// "over the next five years". News uses it to date what went on up to now or will go on from
// now; the span ends (or starts) on the publication day. A length anchored elsewhere ("the
// last two days of the trial") or a yardstick ("the highest in the past decade") dates
// nothing. Must not know about labels, clauses or statuses.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addDays, addMonths, formatDay, type YMD } from '../temporal/calendar';

const COUNTED = /^(?:the\s+)?(last|past|previous|next|coming)\s+(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|few|several)\s+)?(?:days?|weeks?|months?|years?|decades?)$/i;
const UNIT: Record<string, [number, 'day' | 'month', TimexRange['granularity']]> = { D: [1, 'day', 'day'], W: [7, 'day', 'week'], M: [1, 'month', 'month'], Y: [12, 'month', 'year'], DE: [120, 'month', 'decade'] };
const YARDSTICK_BEFORE = /\b(?:\w+est|most|least|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|best|worst|record|only)\b[^.;,]{0,60}$/i;

/** The days of a length counted from `published` (YYYY-MM-DD...), or null. */
export function countedSpan(text: string, timex: Timex, published: string): TimexRange | null {
  if (timex.type !== 'DURATION') return null;
  const m = COUNTED.exec(timex.text);
  const v = /^P(\d+)(DE|[DWMY])$/.exec(timex.value);
  if (!m || !v) return null;
  if (/^\s+(?:of|before|after|since)\b/i.test(text.slice(timex.end, timex.end + 8))) return null;
  if (YARDSTICK_BEFORE.test(text.slice(Math.max(0, timex.start - 80), timex.start))) return null;
  const [per, kind, granularity] = UNIT[v[2]];
  const n = Number(v[1]) * per;
  const [year, month, day] = published.slice(0, 10).split('-').map(Number);
  const today: YMD = { year, month, day };
  const shift = (k: number) => formatDay(kind === 'day' ? addDays(today, k) : addMonths(today, k));
  const back = /^(?:last|past|previous)$/i.test(m[1]);
  return back ? { start: shift(-n), end: formatDay(today), granularity } : { start: formatDay(today), end: shift(n), granularity };
}
