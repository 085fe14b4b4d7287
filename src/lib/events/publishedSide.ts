// A period that holds the day of writing ("this month", "this week", "this year") is only the
// part of it on the event's side of that day: what has happened ended by it ("Shares have
// fallen 20% this month" cannot reach the month's last day); "earlier this ..." ends the day
// before, and what is to come "later this ..." starts the day after. The band a reader sees
// then stops at the Published line instead of crossing it.
// Must not know about text positions, labels or cues.
import type { EventStatus } from '../document';
import { addMonths, formatDay, lastDayOfMonth, parseDay, shiftDay } from '../temporal/calendar';
import type { DayRange } from './status';


// Only a period counted from the day of writing is cut: "2016" or "the spring" may be the
// period a figure covers ("revenue of $10 billion in 2016"), and "will grow 3% this year" is
// the year's growth, so a plain "this" is cut on the past side only.
const PAST_PART = /^(?:earlier\s+|so\s+far\s+)?this\b/i;
const EARLIER = /^earlier\b/i;
// A story written on a Sunday, the last day of the week the tagger counts (Monday to Sunday),
// looks ahead with "this week": "An envoy will fly to Geneva this week", "the club heads into this
// week's road trip" are the days from Monday, as a Sunday paper's reader takes them. What is
// done "this week" ("reported this week") stays in the week that ends on the Sunday.
const THIS_WEEK = /^this\s+week$/i;
const LATER = /^later\b/i;
// A paper of 1 January is written on 31 December, and its copy and its quotes speak from there:
// "We appreciate how much the agency has accomplished this year", "earlier this year, the
// council voted ..." in a page of the year's first day tell of the year just ended, not of the
// few hours of the new one. Likewise "this month" on a month's first day. (A week is left: a
// Monday's "this week" may be the Monday itself, and a Sunday's is read above.) Only what is
// done: "will open two more berths this year" on 1 January is the new year's.
const YEAR_OR_MONTH = /^(?:(?:earlier|so\s+far)\s+)?this\s+(year|month)$/i;

/** Which side of the day of writing the words put a period's event ("earlier this year",
 *  "later this month"), as a TimeML mod, whatever else the sentence says; else undefined. */
export function sideOf(words: string): 'BEFORE' | 'AFTER' | undefined {
  return EARLIER.test(words) ? 'BEFORE' : LATER.test(words) ? 'AFTER' : undefined;
}

/** The year or the month that ended the day before `firstDay`. */
function periodBefore(firstDay: string, months: number): DayRange {
  const start = formatDay(addMonths(parseDay(firstDay), -months));
  return { start, end: months === 12 ? `${start.slice(0, 4)}-12-31` : lastDayOfMonth(start) };
}

const weekLong = (range: DayRange) => shiftDay(range.start, 6) === range.end;

/** `range` cut at the publication day on the side its status puts the event (or, for a Sunday's
 *  "this week" still to come, the week after it). */
export function onItsSide<R extends DayRange>(range: R, publishedDay: string, status: EventStatus, words: string): R {
  if (!(range.start < range.end && range.start <= publishedDay && range.end >= publishedDay)) return range;
  const period = YEAR_OR_MONTH.exec(words.trim());
  if (status === 'past' && period && range.start === publishedDay) return { ...range, ...periodBefore(publishedDay, period[1].toLowerCase() === 'year' ? 12 : 1) };
  if (status === 'past' && (PAST_PART.test(words) || sideOf(words) === 'BEFORE')) {
    const end = sideOf(words) === 'BEFORE' ? shiftDay(publishedDay, -1) : publishedDay;
    return end >= range.start && end < range.end ? { ...range, end } : range;
  }
  if (status === 'projected' && THIS_WEEK.test(words.trim()) && range.end === publishedDay && weekLong(range)) {
    return { ...range, start: shiftDay(publishedDay, 1), end: shiftDay(publishedDay, 7) };
  }
  if (status === 'projected' && sideOf(words) === 'AFTER') {
    const start = shiftDay(publishedDay, 1);
    return start <= range.end ? { ...range, start } : range;
  }
  return range;
}
