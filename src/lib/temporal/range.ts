// The calendar days a TimeML DATE/TIME value covers, for drawing it on a timeline.
// Knows nothing of article text or of how the value was found.
import type { Granularity } from '../document';
import { addDays, addMonths, formatDay, fromEpochDay, lastDayOfMonth, mondayOfIsoWeek, monthLength, parseDay, toEpochDay, type YMD } from './calendar';

export interface TimexRange {
  start: string;
  end: string;
  granularity: Granularity;
}

/** `range` a year earlier; a whole month stays whole (a February ends on its own 28th or 29th),
 * "early February" keeps its days. */
export function aYearEarlier(range: TimexRange): TimexRange {
  const back = (day: string) => formatDay(addMonths(parseDay(day), -12));
  const end = range.end === lastDayOfMonth(range.end) ? lastDayOfMonth(back(range.end)) : back(range.end);
  return { ...range, start: back(range.start), end };
}

export interface RangeInput {
  type: string;
  value: string;
  mod?: string;
}

// Meteorological seasons for the northern hemisphere (the convention of most English-language
// news desks and of TimeML examples): spring Mar-May, summer Jun-Aug, autumn Sep-Nov,
// winter Dec of the value's year to Feb of the next.
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const lastDayOf = (year: number, month: number): YMD => ({
  year,
  month,
  day: monthLength(year, month),
});

function months(year: number, first: number, count: number): [YMD, YMD] {
  const endIndex = year * 12 + first - 1 + count - 1;
  return [{ year, month: first, day: 1 }, lastDayOf(Math.floor(endIndex / 12), (endIndex % 12) + 1)];
}

function baseRange(value: string): [YMD, YMD, Granularity] | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:A-Z]*)?$/.exec(value))) {
    const day = { year: +m[1], month: +m[2], day: +m[3] };
    return [day, day, 'day'];
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(+m[1], +m[2]);
    if (m[3]) return [addDays(monday, 5), addDays(monday, 6), 'weekend'];
    return [monday, addDays(monday, 6), 'week'];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return [...months(+m[1], +m[2], 1), 'month'];
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return [...months(+m[1], SEASON_START[m[2]], 3), 'season'];
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return [...months(+m[1], 3 * +m[2] - 2, 3), 'quarter'];
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return [...months(+m[1], 6 * +m[2] - 5, 6), 'half'];
  // a fiscal year's months depend on the company; the calendar year is the nearest guess
  if ((m = /^(?:FY)?(\d{4})$/.exec(value))) return [...months(+m[1], 1, 12), 'year'];
  if ((m = /^(\d{3})$/.exec(value))) return [...months(+m[1] * 10, 1, 120), 'decade'];
  if ((m = /^(\d{2})$/.exec(value))) return [...months(+m[1] * 100, 1, 1200), 'century'];
  return null;
}

// How a reader narrows a period by "early", "mid-" and "late" (the events guidelines,
// scripts/eval-events/README.md): a period of whole months splits into thirds of its months
// ("early 2018" January-April, "late 2010" September-December, "late in the quarter" its last
// month); a decade or century into years ("the late 1970s" 1977-79, "the mid-1980s" 1984-86,
// "the early 2010s" 2010-13); a month by its days' tens ("early August" 1st-10th, "mid-August"
// 10th-20th, "late November" 21st-30th); anything shorter (a week, a weekend) into thirds of
// its days.
function narrowed(first: YMD, last: YMD, granularity: Granularity, mod: string): [YMD, YMD] {
  if (granularity === 'month') {
    if (mod === 'START') return [first, { ...first, day: 10 }];
    if (mod === 'MID') return [{ ...first, day: 10 }, { ...first, day: 20 }];
    return [{ ...first, day: 21 }, last];
  }
  if (granularity === 'decade' || granularity === 'century') {
    const years = last.year - first.year + 1;
    const [early, late] = granularity === 'decade' ? [4, 3] : [33, 33];
    if (mod === 'START') return [first, lastDayOf(first.year + early - 1, 12)];
    if (mod === 'MID') return [{ year: first.year + early, month: 1, day: 1 }, lastDayOf(last.year - late, 12)];
    return [{ year: first.year + years - late, month: 1, day: 1 }, last];
  }
  const span = (last.year - first.year) * 12 + last.month - first.month + 1;
  if (span >= 3 && span % 3 === 0) {
    const third = span / 3;
    if (mod === 'START') return months(first.year, first.month, third);
    if (mod === 'MID') return [addMonthsTo(first, third), addMonthsTo(first, 2 * third - 1, true)];
    return [addMonthsTo(first, 2 * third), last];
  }
  const [a, b] = [toEpochDay(first), toEpochDay(last)];
  const third = Math.floor((b - a + 1) / 3);
  if (third < 1) return [first, last];
  if (mod === 'START') return [first, fromEpochDay(a + third - 1)];
  if (mod === 'MID') return [fromEpochDay(a + third), fromEpochDay(b - third)];
  return [fromEpochDay(b - third + 1), last];
}

// the first of the month `count` months after `day`'s, or (toEnd) that month's last day
function addMonthsTo(day: YMD, count: number, toEnd = false): YMD {
  const index = day.year * 12 + day.month - 1 + count;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return toEnd ? lastDayOf(year, month) : { year, month, day: 1 };
}

/**
 * Inclusive first and last day of a DATE or TIME value; null for references (PRESENT_REF...),
 * durations, sets and anything unparseable. A mod of START, MID or END narrows a multi-day
 * range as narrowed() says ("early 2025" = Jan 1..Apr 30), keeping granularity.
 */
export function timexRange(timex: RangeInput): TimexRange | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return null;
  const base = baseRange(timex.value);
  if (!base) return null;
  let [first, last] = [base[0], base[1]];
  if (timex.mod === 'START' || timex.mod === 'MID' || timex.mod === 'END') [first, last] = narrowed(first, last, base[2], timex.mod);
  return { start: formatDay(first), end: formatDay(last), granularity: base[2] };
}
