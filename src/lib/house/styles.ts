// The newsroom date styles a desk chooses from, and the month names each spells. Pure data;
// this module knows nothing of events, layout or the DOM.

/** AP ("Nov. 5, 2025", "March 2026"), UK ("5 November 2025"), ISO ("2025-11-05"). */
export type DateStyle = 'ap' | 'uk' | 'iso';

export const DATE_STYLES: readonly DateStyle[] = ['ap', 'uk', 'iso'];

/** A style from untrusted input (a setting, a document field); anything else falls back to AP. */
export function readDateStyle(value: unknown, fallback: DateStyle = 'ap'): DateStyle {
  return DATE_STYLES.includes(value as DateStyle) ? (value as DateStyle) : fallback;
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

// AP abbreviates a month only beside a day, and never March to July.
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** A month (1-12) as the style writes it beside a day number. */
export const monthBesideDay = (month: number, style: DateStyle): string =>
  (style === 'ap' ? AP_MONTHS : MONTHS)[month - 1] ?? '';

/** A month (1-12) standing alone ("March 2026" in every style). */
export const monthAlone = (month: number): string => MONTHS[month - 1] ?? '';

/** The parts of a `YYYY-MM-DD` day as numbers; null for anything else. */
export function dayParts(day: string | null | undefined): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** A year as read ("2026", "476"); a year before 1 keeps its sign. */
export const yearText = (year: number): string => String(year);
