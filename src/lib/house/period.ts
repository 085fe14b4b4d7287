// Periods longer than a day in a house style, one function per granularity: a week, a weekend,
// a month, a season, a quarter, a half, a year. A year is "2026", never a day in January; a
// month is "March 2026". Pure; knows nothing of events or layout.
import { formatDays } from './day';
import { dayParts, monthAlone, yearText, type DateStyle } from './styles';

/** A week as its days: "Nov. 3-9" (AP), "3-9 November" (UK), "2025-W45" (ISO, when known). */
export function formatWeek(start: string, end: string, style: DateStyle, year = true, timex?: string | null): string {
  if (style === 'iso' && timex && /^\d{4}-W\d{2}$/.test(timex)) return timex;
  return formatDays(start, end, style, year);
}

/** A weekend as its days: "Nov. 8-9". */
export function formatWeekend(start: string, end: string, style: DateStyle, year = true): string {
  return formatDays(start, end, style, year);
}

/** "March 2026" (AP and UK), "2026-03" (ISO); "March" alone when the year is not wanted. */
export function formatMonth(start: string, style: DateStyle, year = true): string {
  const p = dayParts(start);
  if (!p) return start;
  if (style === 'iso') return start.slice(0, 7);
  return year ? `${monthAlone(p.month)} ${yearText(p.year)}` : monthAlone(p.month);
}

/** "March-May 2026", "Nov. 2025-Feb. 2026"-like runs of whole months. */
export function formatMonths(start: string, end: string, style: DateStyle, year = true): string {
  const a = dayParts(start);
  const b = dayParts(end);
  if (!a || !b || start.slice(0, 7) === end.slice(0, 7)) return formatMonth(start, style, year);
  if (style === 'iso') return `${start.slice(0, 7)}/${end.slice(0, 7)}`;
  if (a.year === b.year) return `${monthAlone(a.month)}-${monthAlone(b.month)}${year ? ` ${yearText(a.year)}` : ''}`;
  return `${formatMonth(start, style, true)}-${formatMonth(end, style, true)}`;
}

const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const AP_SEASONS: Record<string, string> = { ...SEASONS, FA: 'Fall' };

/** "Summer 2025" (AP writes autumn "Fall"); from the TimeML code when there is one. */
export function formatSeason(start: string, style: DateStyle, timex?: string | null, year = true): string {
  const code = /-(SP|SU|FA|WI)$/.exec(timex ?? '')?.[1];
  const p = dayParts(start);
  const name = code ? (style === 'ap' ? AP_SEASONS : SEASONS)[code] : seasonOfMonth(p?.month ?? 1, style);
  const y = /^(\d{4})/.exec(timex ?? '')?.[1] ?? (p ? yearText(p.year) : '');
  return year && y ? `${name} ${Number(y)}` : name;
}

function seasonOfMonth(month: number, style: DateStyle): string {
  const code = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][month - 1];
  return (style === 'ap' ? AP_SEASONS : SEASONS)[code];
}

/** "Q3 2025" (AP and UK kickers), "2025-Q3" (ISO). */
export function formatQuarter(start: string, style: DateStyle, year = true): string {
  const p = dayParts(start);
  if (!p) return start;
  const q = Math.floor((p.month - 1) / 3) + 1;
  if (style === 'iso') return `${p.year}-Q${q}`;
  return year ? `Q${q} ${yearText(p.year)}` : `Q${q}`;
}

/** "First half of 2025", "2025-H1" (ISO). */
export function formatHalf(start: string, style: DateStyle): string {
  const p = dayParts(start);
  if (!p) return start;
  const h = p.month <= 6 ? 1 : 2;
  if (style === 'iso') return `${p.year}-H${h}`;
  return `${h === 1 ? 'First' : 'Second'} half of ${yearText(p.year)}`;
}

/** "2026", or "2024-2026" for a run of years. */
export function formatYear(start: string, end?: string | null): string {
  const a = dayParts(start);
  const b = dayParts(end ?? start);
  if (!a) return start;
  return b && b.year !== a.year ? `${yearText(a.year)}-${yearText(b.year)}` : yearText(a.year);
}
