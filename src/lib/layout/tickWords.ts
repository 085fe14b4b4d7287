// An axis tick's words in the house date style, abbreviated as an axis is: AP "Nov. 5",
// "Sept. 2025"; UK "5 Nov", "Sept 2025"; ISO "11-05", "2025-11"; a year is "2025" in all.
// Pure; the date is read in UTC, so neither the machine's zone nor its clock matter.
import { monthBesideDay, type DateStyle } from '../house/styles';

export type TickKind = 'month' | 'monthYear' | 'day' | 'dayYear';

const UK_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

export function tickWords(d: Date, kind: TickKind, style: DateStyle): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const year = String(y).padStart(4, '0');
  if (style === 'iso') {
    if (kind === 'month') return `${year}-${pad(m)}`;
    if (kind === 'monthYear') return `${year}-${pad(m)}`;
    return kind === 'day' ? `${pad(m)}-${pad(day)}` : `${year}-${pad(m)}-${pad(day)}`;
  }
  const month = style === 'ap' ? monthBesideDay(m, 'ap') : UK_SHORT[m - 1];
  switch (kind) {
    case 'month':
      return month;
    case 'monthYear':
      return `${month} ${y}`;
    case 'day':
      return style === 'ap' ? `${month} ${day}` : `${day} ${month}`;
    default:
      return style === 'ap' ? `${month} ${day}, ${y}` : `${day} ${month} ${y}`;
  }
}
