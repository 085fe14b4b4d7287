import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, toEpochDay, utcTime, weekday } from '../../../src/lib/temporal/calendar';

// Days counted by arithmetic (calendar.ts) are the days a Date counts, for every day of the
// proleptic Gregorian calendar the tagger meets and for the inputs it passes on to the Date.
const byDate = (year: number, month: number, day: number) => Math.floor(utcTime(year, month - 1, day) / 86_400_000);
const dateOf = (epochDay: number) => {
  const d = new Date(epochDay * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

describe('epoch days', () => {
  it("are the Date's for every day from 1600 to 2400, either way", () => {
    const wrong: number[] = [];
    for (let e = byDate(1600, 1, 1); e <= byDate(2400, 12, 31); e++) {
      const ymd = fromEpochDay(e);
      const d = dateOf(e);
      if (ymd.year !== d.year || ymd.month !== d.month || ymd.day !== d.day || toEpochDay(ymd) !== e) wrong.push(e);
    }
    expect(wrong).toEqual([]);
  });

  it('count leap days as the Gregorian calendar does', () => {
    expect(fromEpochDay(toEpochDay({ year: 2100, month: 2, day: 28 }) + 1)).toEqual({ year: 2100, month: 3, day: 1 });
    expect(fromEpochDay(toEpochDay({ year: 2400, month: 2, day: 28 }) + 1)).toEqual({ year: 2400, month: 2, day: 29 });
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(weekday({ year: 2031, month: 7, day: 9 })).toBe(3);
  });

  it('let a day run past its month as a Date does', () => {
    for (const [y, m, d] of [[2031, 1, 0], [2031, 3, 0], [2031, 12, 32], [2031, 2, 29], [2031, 5, -40], [4, 2, 30], [-44, 3, 15], [99999, 12, 31]]) {
      expect(toEpochDay({ year: y, month: m, day: d })).toBe(byDate(y, m, d));
    }
    expect(addDays({ year: 2031, month: 12, day: 31 }, 1)).toEqual({ year: 2032, month: 1, day: 1 });
  });

  it('leave to the Date what it alone settles: fractions, months out of range, days past its range', () => {
    for (const [y, m, d] of [[2031, 13, 1], [2031, 0, 1], [2031.5, 3, 1], [2031, 3, 1.5], [300000, 1, 1], [NaN, 1, 1]]) {
      expect(toEpochDay({ year: y, month: m, day: d })).toEqual(byDate(y, m, d));
    }
    for (const e of [0.5, -0.5, 1e8, 1e8 + 1, NaN]) expect(fromEpochDay(e)).toEqual(dateOf(e));
  });
});
