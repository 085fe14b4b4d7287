// "its fiscal first quarter, ended Sept. 30", "the quarter ending March 31", "the fiscal year
// ended June 30": results stories name a period by the day it ended, and a company's fiscal
// quarters need not be the calendar's, so the day decides: the quarter is the three months to
// that day (the calendar quarter holding it), the fiscal year the year it ended in (TimeML gives
// "fiscal 1989" as 1989). Only the value changes; spans, order and count stay, so the per-timex
// lists kept beside them stay aligned. Knows nothing of events.
import type { Timex } from '../document';
import { formatIsoWeek } from './calendar';

// between the period and its end day: ", ended", "which ended", "that ended", "ending", "to"
const ENDED = /^\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ending|through|to)\s+(?:on\s+)?$/i;
// the end day, or only its month ("the year ended December 1986")
const DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function periodsByEndDay(text: string, timexes: Timex[]): Timex[] {
  return timexes.map((t, i) => {
    const next = timexes[i + 1];
    if (!next || t.type !== 'DATE' || !ENDED.test(text.slice(t.end, next.start))) return t;
    const day = DAY.exec(next.value);
    if (!day) return t;
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3] ?? 0)];
    // the unit from the value when it is resolved, else from the words ("the week" is still a
    // placeholder the document pass would resolve from publication)
    const unit = /^\d{4}-Q[1-4]$/.test(t.value) || /\bquarter\b/i.test(t.text) ? 'quarter'
      : /^\d{4}-W\d{2}$/.test(t.value) || /\bweek\b/i.test(t.text) ? 'week'
      : /\bmonth\b/i.test(t.text) ? 'month'
      : /\byear\b/i.test(t.text) ? 'year' : null;
    if (unit === 'quarter') return { ...t, value: `${day[1]}-Q${Math.ceil(month / 3)}` };
    // "the week ended Oct. 21", "the month ended Sept. 30": weekly and monthly statistics
    if (unit === 'week') return date ? { ...t, value: formatIsoWeek({ year, month, day: date }) } : t;
    if (unit === 'month') return { ...t, value: `${day[1]}-${day[2]}` };
    if (unit === 'year') return { ...t, value: day[1] };
    return t;
  });
}
