// Calendar days as numbers: days since 1970-01-01, counted in UTC so the machine's time zone
// never moves a date. This module knows nothing of events or pixels.
import { utcTime } from '../temporal/calendar';

const MS_PER_DAY = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `YYYY-MM-DD` (anything after the day is ignored) to a day number; NaN when malformed. */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) return NaN;
  return utcTime(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** A (possibly fractional) day number back to `YYYY-MM-DD`. */
export function dayString(n: number): string {
  return new Date(Math.floor(n) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A day number as a Date at UTC midnight, for Intl and d3-scale's UTC scales. */
export function dayDate(n: number): Date {
  return new Date(n * MS_PER_DAY);
}

const TIME = /T(\d{2}):(\d{2})/;

/**
 * The publication instant as a fractional day number. With no time of day the instant is the
 * middle of the day, so that an event "today" sits on the Published line rather than after it.
 */
export function publishedInstant(published: string): number {
  const day = dayNumber(published);
  const t = TIME.exec(published);
  return day + (t ? (Number(t[1]) * 60 + Number(t[2])) / 1440 : 0.5);
}
