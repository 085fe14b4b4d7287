// A date a counted span away from a base day, written at the span's own granularity: three
// years from 2025-11-05 is "2028", two days is "2025-11-07", a quarter is "2026-Q1".
// Knows nothing of text.
import { addDays, addMonths, formatDay, formatMonth, formatYear, type YMD } from './calendar';
import type { Unit } from './units';

export function shiftedValue(base: YMD, count: number, unit: Unit): string {
  switch (unit) {
    case 'minute':
    case 'hour':
      return formatDay(base);
    case 'day':
      return formatDay(addDays(base, count));
    case 'week':
      return formatDay(addDays(base, 7 * count));
    case 'month': {
      const m = addMonths(base, count);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const m = addMonths(base, 3 * count);
      return `${formatYear(m.year)}-Q${Math.floor((m.month - 1) / 3) + 1}`;
    }
    case 'year':
      return formatYear(base.year + count);
    case 'decade':
      return formatYear(base.year + 10 * count);
    case 'century':
      return formatYear(base.year + 100 * count);
  }
}
