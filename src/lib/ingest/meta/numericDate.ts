// A day written in figures whose order the figures alone do not give: "07/01/2008" is the 7th of
// January in London and the 1st of July in New York. A reader settles it from what is printed
// beside it — the weekday ("Monday | 07/01/2008"), a North American clock zone after its time
// ("01/11/2008 11:25:11 PM PST": the month first) — or from the page's other days in figures,
// since a site prints every day in one order ("15/01/2008" elsewhere on the page). Two-digit
// years ("07.01.08", "1/14/08 11:15 AM") are a stamp's form, read only where a clock follows or
// a stamp's label stands before. Must not know about the DOM or where the text came from.

export type NumericOrder = 'day-first' | 'month-first';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// A weekday printed just before the day ("Monday | ", "Tue, ") or just after it ("(Monday)").
const WEEKDAY_BEFORE = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\.?\s{0,3}[,|–-]?\s{0,3}$/i;
const WEEKDAY_AFTER = /^\s{0,3}[,|–(-]?\s{0,3}(sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\b/i;
// A time and a North American zone after the day: "11:25:11 PM PST", "3:24 p.m. EST", "9:30 ET".
const AMERICAN_ZONE = /^\s{0,3}[,–-]?\s{0,3}\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?)?\s{0,2}(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b/i;

function weekday(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** 2008 for "08", 1997 for "97": the POSIX pivot (00-68 -> 2000s). */
export function fullYear(short: number): number {
  return short <= 68 ? 2000 + short : 1900 + short;
}

/**
 * [year, month, day] for a day in figures `a/b/year`, or null when the order cannot be told.
 * `before` and `after` are the text around it; `order` the page's own order, if known.
 */
export function readFigures(a: number, b: number, year: number, before: string, after: string, order: NumericOrder | null): [number, number, number] | null {
  if (a > 12 && b <= 12) return [year, b, a];
  if (b > 12 && a <= 12) return [year, a, b];
  if (a > 12 || b > 12) return null;
  if (a === b) return [year, a, b];
  const named = WEEKDAY_BEFORE.exec(before.slice(-24))?.[1] ?? WEEKDAY_AFTER.exec(after.slice(0, 24))?.[1];
  if (named) {
    const w = named.toLowerCase();
    const dayFirst = weekday(year, b, a) === w;
    const monthFirst = weekday(year, a, b) === w;
    if (dayFirst !== monthFirst) return dayFirst ? [year, b, a] : [year, a, b];
  }
  if (AMERICAN_ZONE.test(after.slice(0, 40))) return [year, a, b];
  if (order === 'day-first') return [year, b, a];
  if (order === 'month-first') return [year, a, b];
  return null;
}

const FIGURES = /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]\d)/g;

/**
 * The order the page prints its days in figures, where every day it writes that one order can
 * read ("15/01/2008" and "28/12/2007": day first) and none only the other; null when none tells
 * or they disagree.
 */
export function pageOrder(text: string): NumericOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  FIGURES.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 0; (m = FIGURES.exec(text)) && n < 200; n++) {
    const [a, b] = [+m[1], +m[3]];
    if (a > 12 && a <= 31 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a <= 12) monthFirst++;
  }
  if (dayFirst && !monthFirst) return 'day-first';
  if (monthFirst && !dayFirst) return 'month-first';
  return null;
}
