// The document pass for dates that count from the story's own time rather than from
// publication: "the day", "the same day" (ANCHOR_DAY) take the last day named before them;
// "two days later", "the following year" (ANCHOR_SHIFT) count from the last date named at
// the precision they need (a day for days and weeks, a month for months and quarters, a year
// for years); "the same period last year" (ANCHOR_YEAR_BACK) is the last date named one year
// back. With no such date before them they count from publication.
// Knows nothing of how the timexes were found.
import type { Timex } from '../document';
import { formatYear, type YMD } from './calendar';
import { ANCHOR_DAY, ANCHOR_SHIFT } from './parsers/anaphoricDay';
import { ANCHOR_YEAR_BACK } from './parsers/samePeriod';
import { shiftedValue } from './shift';
import type { Unit } from './units';

const SHIFT = new RegExp(`^${ANCHOR_SHIFT}\\((-?\\d+),([a-z]+)\\)(.*)$`);
const DATED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?(?:T|$)/;

export function resolveAnchors(timexes: Timex[], published: YMD): Timex[] {
  let day: YMD = published;
  let month: YMD = published;
  let year: YMD = published;
  let lastValue = formatYear(published.year);
  return timexes.map((t) => {
    if (t.value.startsWith(ANCHOR_DAY)) {
      return { ...t, value: `${shiftedValue(day, 0, 'day')}${t.value.slice(ANCHOR_DAY.length)}` };
    }
    if (t.value === ANCHOR_YEAR_BACK) {
      // the last date named, one year back at its own precision ("2009-02" -> "2008-02")
      const m = /^(\d{4})(.*)$/.exec(lastValue)!;
      return { ...t, value: formatYear(Number(m[1]) - 1) + m[2].replace(/T.*$/, '') };
    }
    const shift = SHIFT.exec(t.value);
    if (shift) {
      const unit = shift[2] as Unit;
      const base = unit === 'day' || unit === 'week' || unit === 'hour' || unit === 'minute' ? day : unit === 'month' || unit === 'quarter' ? month : year;
      const value = shiftedValue(base, Number(shift[1]), unit) + shift[3];
      // the shifted date is itself a date the story can go on from
      remember(value);
      return { ...t, value };
    }
    if (t.type === 'DATE' || t.type === 'TIME') remember(t.value);
    return t;
  });

  function remember(value: string) {
    const m = DATED.exec(value);
    if (!m) return;
    lastValue = value;
    const y = Number(m[1]);
    year = { year: y, month: 1, day: 1 };
    if (m[4]) month = { year: y, month: 3 * Number(m[4]) - 2, day: 1 };
    if (m[2]) month = { year: y, month: Number(m[2]), day: 1 };
    if (m[3]) day = { year: y, month: Number(m[2]), day: Number(m[3]) };
  }
}
