// Publication dates as pages state them -> the document's `YYYY-MM-DD[THH:MM[:SS]]`.
// Must not know where the string came from (JSON-LD, meta tag, front matter) nor read the clock.
import { parsePublished } from '../temporal/reference';

// ISO 8601 as CMSs write it: a day, optionally a wall-clock time, optionally fractions and a
// zone. The wall-clock time is kept as written: the newsroom's local day is the reference day.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,9})?\s?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "November 5, 2025" and "5 November 2025" (with or without a weekday or "Sept."), the two
// ways English bylines print a day.
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function valid(year: number, month: number, day: number, time = ''): string | null {
  const out = `${year}-${pad(month)}-${pad(day)}${time}`;
  return parsePublished(out) ? out : null;
}

/** The normalised publication date, or null when `raw` is not a recognisable real date. */
export function normalisePublished(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 64);
  let m = ISO.exec(s);
  if (m) {
    const time = m[4] === undefined ? '' : `T${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}`;
    return valid(+m[1], +m[2], +m[3], time);
  }
  if ((m = SLASHED.exec(s))) return valid(+m[1], +m[2], +m[3]);
  if ((m = MONTH_FIRST.exec(s)) && monthNumber(m[1])) return valid(+m[3], monthNumber(m[1]), +m[2]);
  if ((m = DAY_FIRST.exec(s)) && monthNumber(m[2])) return valid(+m[3], monthNumber(m[2]), +m[1]);
  return null;
}
