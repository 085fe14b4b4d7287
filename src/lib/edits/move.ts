// Moving an event along time by whole units of its own granularity: a day by days, "last
// week" by weeks, "in March" by months (staying a whole month), a season or quarter by three
// months, and so on. Used by dragging on the axis (a pixel distance becomes days, then
// snaps) and by the Earlier / Later buttons. Calendar arithmetic is on UTC days only, so no
// time zone can shift a date. Must not know about pointers or components.
import type { Day, EventWhen, Granularity } from '../document';
import { utcTime } from '../temporal/calendar';
import { daysInMonth } from '../temporal/reference';

const MONTHS: Partial<Record<Granularity, number>> = { month: 1, season: 3, quarter: 3, half: 6, year: 12, decade: 120, century: 1200 };
const DAYS: Partial<Record<Granularity, number>> = { day: 1, week: 7, weekend: 7 };

/** Roughly how many days one step of this granularity is (to turn a drag distance into steps). */
export function stepDays(g: Granularity | null): number {
  if (g === null) return 1;
  return DAYS[g] ?? (MONTHS[g] ?? 1) * 30.436875;
}

/** Whole steps nearest to a distance of `days`. */
export function snapSteps(when: EventWhen, days: number): number {
  return Math.round(days / stepDays(when.granularity));
}

const parse = (d: Day) => d.split('-').map(Number) as [number, number, number];
const fmt = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function addDays(day: Day, n: number): Day {
  const [y, m, d] = parse(day);
  const t = new Date(utcTime(y, m - 1, d + n));
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Same day of the month `n` months on; a month's last day stays its last day (ranges stay whole). */
function addMonths(day: Day, n: number): Day {
  const [y, m, d] = parse(day);
  const index = y * 12 + (m - 1) + n;
  const [ty, tm] = [Math.floor(index / 12), (index % 12) + 1];
  const last = d === daysInMonth(y, m);
  return fmt(ty, tm, last ? daysInMonth(ty, tm) : Math.min(d, daysInMonth(ty, tm)));
}

/** The event `steps` units of its granularity later (negative: earlier); undated stays undated. */
export function moveWhen(when: EventWhen, steps: number): EventWhen {
  if (when.start === null || when.end === null || steps === 0) return when;
  const months = when.granularity ? MONTHS[when.granularity] : undefined;
  const shift = months
    ? (d: Day) => addMonths(d, steps * months)
    : (d: Day) => addDays(d, steps * stepDays(when.granularity));
  const start = shift(when.start);
  const end = shift(when.end);
  if (Number(start.slice(0, 4)) < 1 || Number(end.slice(0, 4)) > 9999) return when;
  return { timex: null, start, end, granularity: when.granularity, text: when.text };
}
