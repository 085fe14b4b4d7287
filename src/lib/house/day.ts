// A day and a run of days in a house style: AP "Nov. 5, 2025", "Nov. 3-9", "Nov. 28-Dec. 2";
// UK "5 November 2025", "3-9 November"; ISO "2025-11-05", "2025-11-03/09". `year` says whether
// the year is written (a column writes it when it changes, not on every entry). Pure.
import { dayParts, monthBesideDay, yearText, type DateStyle } from './styles';

export function formatDay(day: string, style: DateStyle, year = true): string {
  const p = dayParts(day);
  if (!p) return day;
  if (style === 'iso') return day.slice(0, 10);
  const month = monthBesideDay(p.month, style);
  if (style === 'uk') return year ? `${p.day} ${month} ${yearText(p.year)}` : `${p.day} ${month}`;
  return year ? `${month} ${p.day}, ${yearText(p.year)}` : `${month} ${p.day}`;
}

/** First to last day inclusive, sharing what the two ends share. */
export function formatDays(start: string, end: string, style: DateStyle, year = true): string {
  const a = dayParts(start);
  const b = dayParts(end);
  if (!a || !b || start.slice(0, 10) === end.slice(0, 10)) return formatDay(start, style, year);
  if (style === 'iso') {
    const shared = a.year === b.year ? (a.month === b.month ? end.slice(8, 10) : end.slice(5, 10)) : end.slice(0, 10);
    return `${start.slice(0, 10)}/${shared}`;
  }
  const crossYear = a.year !== b.year;
  if (a.month === b.month && !crossYear) {
    const month = monthBesideDay(a.month, style);
    if (style === 'uk') return `${a.day}-${b.day} ${month}${year ? ` ${yearText(a.year)}` : ''}`;
    return `${month} ${a.day}-${b.day}${year ? `, ${yearText(a.year)}` : ''}`;
  }
  // Across months or years each end is written whole, the year on both when it differs.
  const showYear = year || crossYear;
  const from = formatDay(start, style, crossYear);
  const to = formatDay(end, style, showYear);
  return style === 'uk' ? `${from} - ${to}` : `${from}-${to}`;
}
