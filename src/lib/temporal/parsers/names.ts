// Month and season names as English news writes them, and the season a day falls in
// (meteorological, northern hemisphere: winter of year Y is Dec Y - Feb Y+1).
import type { YMD } from '../calendar';

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
};

/** Season index within its season-year: spring 0, summer 1, autumn 2, winter 3. */
export const SEASON_CODES: Record<string, number> = { spring: 0, summer: 1, autumn: 2, fall: 2, winter: 3 };
export const SEASON_VALUES = ['SP', 'SU', 'FA', 'WI'];

export function seasonOf(day: YMD): { year: number; index: number } {
  if (day.month <= 2) return { year: day.year - 1, index: 3 };
  return { year: day.year, index: Math.floor((day.month - 3) / 3) };
}
