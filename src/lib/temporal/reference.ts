// The publication date: the reference instant every relative date is resolved against.
// Parsed from the string the caller gives; never read from the clock or the machine's zone.

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
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { year, month, day, hour, minute, second, hasTime: m[4] !== undefined };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The reference as a Date whose *local* fields are the reference's fields (chrono works in local time). */
export function referenceDate(ref: Reference): Date {
  return new Date(ref.year, ref.month - 1, ref.day, ref.hour, ref.minute, ref.second);
}
