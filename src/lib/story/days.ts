// Calendar-day arithmetic for the story stage, on `YYYY-MM-DD` strings. No clock, no zone.
import { formatDay, fromEpochDay, toEpochDay } from '../temporal/calendar';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of a `YYYY-MM-DD[...]` string. */
export function dayNumber(day: string): number {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return toEpochDay({ year: +m[1], month: +m[2], day: +m[3] });
}

export function dayOf(number: number): string {
  return formatDay(fromEpochDay(number));
}

/** The day a TimeML value names, when it names exactly one (`2011-01-25`, `2011-01-25T14:00`). */
export function dayOfValue(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}(?:T[\d:A-Z]*)?$/.test(value) ? value.slice(0, 10) : null;
}
