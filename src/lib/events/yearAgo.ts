// "A year ago the company announced a cut of 5,000 jobs" (a page of January 2008), "the venue
// where GM made a splash one year ago" (the Detroit show of January 2007), "The inquiry's report a
// year ago said ..." (December 2006, for a page of December 2007): news says "a year ago" of what
// happened about this time last year, the same season, not of some day in the whole calendar year
// before (the tagger's value, as TimeML writes it). The happening is drawn in the month a year
// before the page's. Only the bare count: "more than a year ago" (the words before the timex),
// "nearly a year ago" (almostAgo.ts), "only a year ago" (which stresses how short the time was,
// often loosely: "taken off the endangered list only a year ago" of a delisting seven months
// back) and a count of years keep the tagger's year.
// Must not know about labels or statuses; reads only the timex's words and the page's day.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addMonths, formatDay, lastDayOfMonth, parseDay } from '../temporal/calendar';

const YEAR_AGO = /^(?:exactly\s+)?(?:a|one)\s+year\s+ago$/i;
// a bound or a softener written before the count: "more than", "less than", "about", "only"
const LOOSE_BEFORE = /\b(?:than|about|around|roughly|some|only|just|over|under|nearly|almost|approximately|maybe|perhaps|since)\s+$/i;

/** The month a year before the page's, for a bare "a year ago"; else null. */
export function yearAgo(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  if (!YEAR_AGO.test(timex.text.trim().replace(/\s+/g, ' ')) || range.granularity !== 'year') return null;
  if (LOOSE_BEFORE.test(text.slice(Math.max(0, timex.start - 20), timex.start))) return null;
  const month = addMonths({ ...parseDay(publishedDay), day: 1 }, -12);
  const start = formatDay(month);
  // (the tagger's year holds the month, or the two disagree and the tagger's reading stands)
  if (start < range.start || start > range.end) return null;
  return { ...range, start, end: lastDayOfMonth(start), granularity: 'month' };
}
