// The publication date: the reference instant every relative date is resolved against.
// Parsed from the string the caller gives; never read from the clock or the machine's zone.
import { monthLength as daysInMonth } from './calendar';

export interface Reference {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Whether a time of day was given. */
  hasTime: boolean;
}

const PUBLISHED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]`; null when it is not a real calendar date. */
export function parsePublished(input: string): Reference | null {
  const m = PUBLISHED.exec(input.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hour = m[4] ? Number(m[4]) : 0;
  const minute = m[5] ? Number(m[5]) : 0;
  const second = m[6] ? Number(m[6]) : 0;
  // year 0000 is outside the date field and TimeML's four-digit years (0001-9999)
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second, hasTime: m[4] !== undefined };
}

/**
 * The document's spelling of a publication date parsePublished accepts: the day, then the
 * wall-clock time as written (`THH:MM[:SS]`), fraction and zone dropped; null otherwise.
 */
export function spellPublished(input: string): string | null {
  if (!parsePublished(input)) return null;
  const m = PUBLISHED.exec(input.trim())!;
  const time = m[4] === undefined ? '' : `T${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`}`;
  return `${m[1]}-${m[2]}-${m[3]}${time}`;
}

export { monthLength as daysInMonth } from './calendar';

/** The reference as a Date whose *local* fields are the reference's fields (chrono works in local time). */
export function referenceDate(ref: Reference): Date {
  // the constructor reads years 0-99 as 1900-1999; setFullYear takes the year as given
  const date = new Date(2000, 0, 1, ref.hour, ref.minute, ref.second);
  date.setFullYear(ref.year, ref.month - 1, ref.day);
  return date;
}
