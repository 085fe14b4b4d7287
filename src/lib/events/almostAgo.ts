// "Killed almost a year ago" (a page of 30 December 2007: the first days of 2007, not 2006),
// "seized power nearly 50 years ago" (a page of 2011: 1963, not 1961), "Nearly 30 years ago,
// the elder Assad put down an uprising" (1982, not 1981). News rounds a count up with "nearly" and
// "almost": the happening lies a little less far back than the count, within about a tenth of it
// (at least a season). The calendar year the full count lands in is often the wrong one; the band
// from the full count back to a tenth short of it holds the happening.
// Only years: a month or a week counted so lands in the month or the week the full count names
// often enough ("nearly two months ago" in June is April's explosion).
// Must not know about labels or statuses; reads only the timex's words and the page's day.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addMonths, formatDay, lastDayOfMonth, parseDay } from '../temporal/calendar';
import { parseCount } from '../temporal/numbers';

const ALMOST_AGO = /^(?:nearly|almost|just\s+under|close\s+to)\s+(\d{1,3}|[a-z]+)\s+years?\s+ago$/i;
// (a tenth of the count, at least three months)
const SHORT_BY = (years: number) => Math.max(3, Math.round(years * 1.2));

/** The band a little short of a count of years back ("nearly 50 years ago"), or null. */
export function almostAgo(timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  const m = ALMOST_AGO.exec(timex.text.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const years = parseCount(m[1]);
  if (!years) return null;
  const counted = addMonths({ ...parseDay(publishedDay), day: 1 }, -12 * years);
  const start = formatDay(counted);
  const end = lastDayOfMonth(formatDay(addMonths(counted, SHORT_BY(years))));
  return start === range.start && end === range.end ? null : { ...range, start, end, granularity: SHORT_BY(years) >= 12 ? 'year' : 'month' };
}
