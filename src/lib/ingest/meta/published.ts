// Machine-written date stamps (JSON-LD, meta tags, datetime attributes, front matter) ->
// the document's `YYYY-MM-DD[THH:MM[:SS]]`. Must not know where the string came from nor read
// the clock; visible prose dates ("19. Juli 2014") are textDate.ts's job.
import { parsePublished } from '../../temporal/reference';
import { formatYear } from '../../temporal/calendar';
import { readFigures } from './numericDate';

/** A stamp as the page wrote it: the wall-clock value, and the zone it was written in. */
export interface Stamp {
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`, the wall clock as written (zone dropped). */
  value: string;
  /** 'utc' for `Z`/`+00:00`/GMT, 'offset' for another zone, null when none was written. */
  zone: 'utc' | 'offset' | null;
  /** Minutes since the epoch of the instant, when a zone makes it one. */
  instant: number | null;
}

// ISO 8601 as CMSs write it: a day, optionally a wall-clock time, fractions and a zone. The
// wall-clock time is kept as written: the newsroom's local day is the reference day.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,9})?\s?(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// Compact forms some CMSs put in meta tags: 20190523, 20190523T1000, 201905231000.
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(?:\d{2})?)?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// 12-15-2016 and 15/12/2016 in a tag: read only where one order is impossible
const FIGURES = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "November 5, 2025" and "5 November 2025" (with or without a weekday or "Sept."), the two
// ways English stamps print a day; RFC 2822 ("Tue, 05 Nov 2025 09:30:00 GMT") is the second.
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function clock(h?: string, m?: string, s?: string): string {
  if (h === undefined || m === undefined) return '';
  return `T${pad(+h)}:${m}${s === undefined ? '' : `:${s}`}`;
}

/** The day (and time) if it is a real calendar date, else null. */
export function validDate(year: number, month: number, day: number, time = ''): string | null {
  const out = `${formatYear(year)}-${pad(month)}-${pad(day)}${time}`;
  return parsePublished(out) ? out : null;
}

function zoneMinutes(zone: string): number {
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +(m[3] ?? 0));
}

/** Reads a machine-written stamp; null when `raw` is not a recognisable real date. */
export function readStamp(raw: string | null | undefined): Stamp | null {
  if (!raw) return null;
  const s = raw.trim().slice(0, 64);
  let m = ISO.exec(s);
  if (m) {
    const value = validDate(+m[1], +m[2], +m[3], clock(m[4], m[5], m[6]));
    if (!value) return null;
    if (m[7] === undefined || m[4] === undefined) return { value, zone: null, instant: null };
    const offset = zoneMinutes(m[7]);
    const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) / 60000;
    return { value, zone: offset === 0 ? 'utc' : 'offset', instant: wall - offset };
  }
  let value: string | null = null;
  if ((m = COMPACT.exec(s))) value = validDate(+m[1], +m[2], +m[3], clock(m[4], m[5]));
  else if ((m = SLASHED.exec(s))) value = validDate(+m[1], +m[2], +m[3], clock(m[4], m[5], m[6]));
  else if ((m = FIGURES.exec(s))) {
    const ymd = readFigures(+m[1], +m[2], +m[3], '', '', null);
    value = ymd && validDate(...ymd);
  } else if ((m = DOTTED.exec(s))) value = validDate(+m[3], +m[2], +m[1], clock(m[4], m[5], m[6]));
  else if ((m = MONTH_FIRST.exec(s)) && monthNumber(m[1])) value = validDate(+m[3], monthNumber(m[1]), +m[2]);
  else if ((m = DAY_FIRST.exec(s)) && monthNumber(m[2])) value = validDate(+m[3], monthNumber(m[2]), +m[1]);
  return value ? { value, zone: null, instant: null } : null;
}

/** The normalised publication date, or null when `raw` is not a recognisable real date. */
export function normalisePublished(raw: string | null | undefined): string | null {
  return readStamp(raw)?.value ?? null;
}
