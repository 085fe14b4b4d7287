// Calendar arithmetic on plain (year, month, day) triples, in UTC so that the machine's time
// zone never shifts a day. Knows nothing of text, TimeML or chrono.

export interface YMD {
  year: number;
  month: number; // 1-12
  day: number;
}

const MS_PER_DAY = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A month's name as news prints it, in full or cut short, with the cut's full stop: "March",
 *  "Sept.", "Feb" (a pattern's source, for building other patterns). */
export const MONTH_WORD = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/** `YYYY-MM-DD` for a triple (years below 1000 keep four digits). */
/** The calendar day a `YYYY-MM-DD[...]` string starts with (the caller has checked its form). */
export function parseDay(day: string): YMD {
  const [year, month, d] = day.slice(0, day.indexOf('-', 1) + 6).split('-').map(Number);
  return { year, month, day: d };
}

export function formatDay({ year, month, day }: YMD): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A TimeML year: always four digits ("0001-Q3", never "1-Q3"). */
export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/**
 * Milliseconds since 1970 of a UTC calendar day (month 0-11; day and month may overflow).
 * `Date.UTC` reads years 0-99 as 1900-1999; `setUTCFullYear` does not, so year 1 stays 1.
 */
export function utcTime(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Days in a month of the proleptic Gregorian calendar, any year. */
export function monthLength(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

// Days are counted by arithmetic (the proleptic Gregorian calendar's 400-year cycle of 146,097
// days, as Howard Hinnant's days_from_civil and civil_from_days) rather than through a Date,
// which each call would allocate: the tagger asks for days a few thousand times per article.
// The arithmetic is exact for whole numbers in the range below; any other input (a fraction,
// NaN, a day beyond a Date's range) goes the Date's way, as before.
const FAST_YEARS = 100_000;
const FAST_DAYS = 36_600_000;

export function toEpochDay({ year, month, day }: YMD): number {
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && Math.abs(year) <= FAST_YEARS && Math.abs(day) <= FAST_YEARS) {
    // (the year counted from March, so that a leap day ends it)
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
    return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
  }
  return Math.floor(utcTime(year, month - 1, day) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): YMD {
  if (Number.isInteger(epochDay) && Math.abs(epochDay) <= FAST_DAYS) {
    const z = epochDay + 719_468;
    const era = Math.floor(z / 146_097);
    const dayOfEra = z - era * 146_097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const fromMarch = Math.floor((5 * dayOfYear + 2) / 153);
    const month = fromMarch < 10 ? fromMarch + 3 : fromMarch - 9;
    return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * fromMarch + 2) / 5) + 1 };
  }
  const d = new Date(epochDay * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: YMD, days: number): YMD {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
/** A "YYYY-MM-DD" day moved by `days` (negative: back), as "YYYY-MM-DD". */
export function shiftDay(day: string, days: number): string {
  return formatDay(addDays(parseDay(day), days));
}

/** The last day of the month `day` ("YYYY-MM-DD") falls in. */
export function lastDayOfMonth(day: string): string {
  const { year, month } = parseDay(day);
  return formatDay({ year, month, day: monthLength(year, month) });
}

export function addMonths(date: YMD, months: number): YMD {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = monthLength(year, month);
  return { year, month, day: Math.min(date.day, last) };
}

/** 0 = Sunday ... 6 = Saturday, like Date#getDay. */
export function weekday(date: YMD): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: YMD): { year: number; week: number } {
  const epoch = toEpochDay(date);
  const thursday = epoch - ((weekday(date) + 6) % 7) + 3;
  const year = fromEpochDay(thursday).year;
  const week = Math.floor((thursday - toEpochDay({ year, month: 1, day: 1 })) / 7) + 1;
  return { year, week };
}

/** The Monday that starts ISO week `week` of ISO year `year`. */
export function mondayOfIsoWeek(year: number, week: number): YMD {
  const jan4 = { year, month: 1, day: 4 };
  const monday1 = toEpochDay(jan4) - ((weekday(jan4) + 6) % 7);
  return fromEpochDay(monday1 + (week - 1) * 7);
}

export function formatIsoWeek(date: YMD): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}
