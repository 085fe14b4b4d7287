// "So back in 2001 he shut himself away in his basement ... until 12 months later he got a call
// from one of the UK's largest supermarket groups" (2002), "The fund was launched at the end of
// 2015 ... Six months later, she reports ..." (the first half of 2016): a count of months told
// after a happening named only by its year lands somewhere in the twelve months that year runs
// to, moved on (or back) by the count. The tagger, which counts months from a date named to the
// month, gives such a count the anchor's own year (its value a bare year: a count of months from
// a month would be a month), so the happening is drawn a year too early, or too wide. Here the
// band is the anchor year's twelve months moved by the count: "12 months later" after 2001 is
// 2002, "six months later" after 2015 is July 2015 to June 2016.
// (For the lead: temporal/anchors.ts should count from the coarser anchor itself.)
// Must not know about labels or statuses; reads only the timex's words and its value.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addMonths, formatDay, lastDayOfMonth, parseDay } from '../temporal/calendar';
import { parseCount } from '../temporal/numbers';

const HEDGE = String.raw`(?:(?:about|some|nearly|almost|roughly|around|just|only|barely|(?:a\s+little\s+|just\s+)?(?:more|less|over|under)(?:\s+than)?)\s+)?`;
const MONTHS_ON = new RegExp(String.raw`^${HEDGE}(\d{1,2}|[a-z]+)\s+months?\s+(later|afterwards?|after|earlier|before)$`, 'i');
const YEAR_VALUE = /^\d{4}$/;

/** The twelve months a count of months from a year lands in, or null. */
export function monthsFromYear(timex: Timex, range: TimexRange): TimexRange | null {
  const m = MONTHS_ON.exec(timex.text.trim().replace(/\s+/g, ' '));
  if (!m || !YEAR_VALUE.test(timex.value) || range.granularity !== 'year') return null;
  const year = timex.value;
  if (range.start !== `${year}-01-01` || range.end !== `${year}-12-31`) return null;
  const n = (parseCount(m[1]) ?? 0) * (/^(?:earlier|before)$/i.test(m[2]) ? -1 : 1);
  if (!n || Math.abs(n) > 24) return null;
  const start = formatDay(addMonths(parseDay(`${year}-01-01`), n));
  const end = lastDayOfMonth(formatDay(addMonths(parseDay(`${year}-12-01`), n)));
  return { ...range, start, end, granularity: Math.abs(n) % 12 === 0 ? 'year' : 'month' };
}
