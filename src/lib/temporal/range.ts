// The calendar days a TimeML DATE/TIME value covers, for drawing it on a timeline.
// Knows nothing of article text or of how the value was found.
import type { Granularity } from '../document';
import { addDays, formatDay, fromEpochDay, mondayOfIsoWeek, monthLength, toEpochDay, type YMD } from './calendar';

export interface TimexRange {
  start: string;
  end: string;
  granularity: Granularity;
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

/**
 * Inclusive first and last day of a DATE or TIME value; null for references (PRESENT_REF...),
 * durations, sets and anything unparseable. A mod of START, MID or END narrows a multi-day
 * range to its first, middle or last third ("early 2025" = Jan 1..May 1), keeping granularity.
 */
export function timexRange(timex: RangeInput): TimexRange | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return null;
  const base = baseRange(timex.value);
  if (!base) return null;
  let [first, last] = [toEpochDay(base[0]), toEpochDay(base[1])];
  const third = Math.floor((last - first + 1) / 3);
  if (third >= 1) {
    if (timex.mod === 'START') last = first + third - 1;
    else if (timex.mod === 'MID') [first, last] = [first + third, last - third];
    else if (timex.mod === 'END') first = last - third + 1;
  }
  return { start: formatDay(fromEpochDay(first)), end: formatDay(fromEpochDay(last)), granularity: base[2] };
}
