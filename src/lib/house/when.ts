// An event's date as a kicker in a house style: picks the function for its granularity, then
// words its TimeML mod ("Early March 2026", "Before Nov. 5"). An undated expectation has no
// kicker of its own (null); the view says what it is. Pure.
import type { EventWhen } from '../document';
import { formatDays } from './day';
import { formatCentury, formatDecade, stretchWords } from './era';
import { formatHalf, formatMonths, formatQuarter, formatSeason, formatWeek, formatWeekend, formatYear } from './period';
import type { DateStyle } from './styles';

const MODS: Record<string, (s: string) => string> = {
  APPROX: (s) => `About ${lower(s)}`,
  START: (s) => `Early ${lower(s)}`,
  MID: (s) => `Mid-${lower(s)}`,
  END: (s) => `Late ${lower(s)}`,
  BEFORE: (s) => `Before ${lower(s)}`,
  ON_OR_BEFORE: (s) => `By ${lower(s)}`,
  AFTER: (s) => `After ${lower(s)}`,
  ON_OR_AFTER: (s) => `From ${lower(s)}`,
};

// Month names keep their capital; "First half" and seasons do not inside a phrase, and "The
// 1990s" loses its article ("Late 1990s").
const lower = (s: string) =>
  s.replace(/^The /, '').replace(/^(First|Second|Summer|Spring|Winter|Autumn|Fall)\b/, (w) => w.toLowerCase());

/**
 * The kicker for `when`; `year` false leaves the year out where the style allows (the column
 * writes a year when it changes). Null when undated.
 */
export function formatWhen(when: EventWhen, style: DateStyle, year = true): string | null {
  if (!when.start) return null;
  const end = when.end ?? when.start;
  const text = plain(when, end, style, year);
  const mod = when.mod ? MODS[when.mod] : undefined;
  return mod ? mod(text) : text;
}

function plain(when: EventWhen, end: string, style: DateStyle, year: boolean): string {
  const start = when.start!;
  switch (when.granularity) {
    case 'week':
      return formatWeek(start, end, style, year, when.timex);
    case 'weekend':
      return formatWeekend(start, end, style, year);
    case 'month':
      return formatMonths(start, end, style, year);
    case 'season':
      return formatSeason(start, style, when.timex, year);
    case 'quarter':
      return formatQuarter(start, style, year);
    case 'half':
      return formatHalf(start, style);
    case 'year':
      return stretchWords(when.text) ?? formatYear(start, end);
    case 'decade':
      return stretchWords(when.text) ?? formatDecade(start);
    case 'century':
      return stretchWords(when.text) ?? formatCentury(start);
    default:
      return formatDays(start, end, style, year);
  }
}

/** Whether a kicker for `when` states a year at all (so a column knows a year was written). */
export function statesYear(when: EventWhen): boolean {
  return !!when.start && when.granularity !== 'decade' && when.granularity !== 'century';
}
