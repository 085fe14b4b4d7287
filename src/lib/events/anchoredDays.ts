// A weekday the tagger counted from the wrong anchor, set right by what its own words say.
// - The small hours of the day after the page's date: a story filed in the evening and updated
//   through the night ("Heavy gunfire echoed before dawn Thursday", "Small fires burned early
//   Thursday", "shortly before 4 a.m. Thursday" in a page dated Wednesday) tells of the night just
//   gone, not of the Thursday six days back, which news would call "last Thursday".
// - A weekday date written without its year in a sentence that names another year ("the 1963
//   crusade ... highlighted by the concluding session on Sunday, September 8th"): the date is in
//   the year its sentence names, when the weekday falls on it that year.
// - A date counted from (countBeforeDate.ts: "six weeks before 9/11"), bounded by "before" a day
//   (beforeDate.ts), looked ahead to from the past (futureInPast.ts: "elections scheduled for
//   January 8" in a paper of January 15), or told in a plain past (pastAhead.ts: "In October,
//   the child aged out" in an April story).
// - A weekday of the coming week told with what is to come (weekdayAhead.ts: "will go to Damascus
//   on Tuesday", "play at Levante on Sunday"), which the tagger put in the week gone.
// - A count of years rounded up ("nearly 50 years ago", almostAgo.ts): a little less far back.
// - A bare "a year ago" (yearAgo.ts): the month a year before the page's, not the whole year.
// - A count of months from a happening named by its year ("12 months later" after "in 2001",
//   monthsFromYear.ts): the anchor year's twelve months moved by the count.
// - A weekend page's "this past week" (pastWeek.ts): the week now ending, not the one before.
// - A stretch ahead told in a plain past ("got five more clients in the next three months" after
//   "In February 2011", narrativeAhead.ts): counted on from the story's date, not the page's.
// Must not know about labels, statuses or quotes; reads only the text and the timex it is given.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { MONTH_WORD, parseDay, shiftDay, weekday } from '../temporal/calendar';
import { countBeforeDate } from './countBeforeDate';
import { beforeDate } from './beforeDate';
import { futureInPast } from './futureInPast';
import { pastAhead } from './pastAhead';
import { weekdayAhead } from './weekdayAhead';
import { almostAgo } from './almostAgo';
import { yearAgo } from './yearAgo';
import { monthsFromYear } from './monthsFromYear';
import { pastWeek } from './pastWeek';
import { narrativeAhead } from './narrativeAhead';

const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

// The small hours, in the timex ("early Thursday", "Thursday morning", "4 a.m. Thursday") or
// just before it ("before dawn Friday", "in the early hours of Sunday").
const SMALL_HOURS_IN = /^(?:early\s+|(?:[1-7](?::\d\d)?|\d\d?:\d\d)\s*a\.?m\.?\s+)|\s+(?:morning|before dawn)$/i;
const SMALL_HOURS_BEFORE = /\b(?:early|before\s+dawn|pre-?dawn|overnight|in\s+the\s+early\s+hours\s+of|(?:[1-7](?::\d\d)?|\d\d?:\d\d)\s*a\.?m\.?)\s+$/i;

// ("by Tuesday afternoon (early Wednesday morning AEDT)": a moment told again in another time
// zone, in brackets, is no night of its own)
const BRACKETED = /\(\s*$/;
function nightAfterFiling(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  if (range.start !== range.end || range.start !== shiftDay(publishedDay, -6)) return null;
  if (BRACKETED.test(text.slice(Math.max(0, timex.start - 3), timex.start))) return null;
  if (!WEEKDAY.test(timex.text) || /\b(?:last|past|previous)\b/i.test(timex.text)) return null;
  const before = text.slice(Math.max(0, timex.start - 30), timex.start);
  if (/\b(?:last|past|previous)\s+$/i.test(before)) return null;
  if (!SMALL_HOURS_IN.test(timex.text) && !SMALL_HOURS_BEFORE.test(before)) return null;
  const day = shiftDay(publishedDay, 1);
  return { ...range, start: day, end: day };
}

const MONTH_DAY = new RegExp(`^(?:on\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\\s+(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD})$`, 'i');
const YEAR = /\b(1[6-9]\d\d|20\d\d)\b/g;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The sentence around `at`: from the last full stop, question or exclamation mark or line
 * break before it to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start - 1), ...['. ', '? ', '! '].map((p) => text.lastIndexOf(p, start - 1))) + 1;
  const stop = /[.?!](?:\s|$)|\n/.exec(text.slice(end));
  return text.slice(from, stop ? end + stop.index : text.length);
}

function inNamedYear(text: string, timex: Timex, range: TimexRange): TimexRange | null {
  if (range.start !== range.end || !MONTH_DAY.test(timex.text.trim())) return null;
  const years = new Set([...sentenceAround(text, timex.start, timex.end).matchAll(YEAR)].map((m) => m[1]));
  if (years.size !== 1) return null;
  const [year] = years;
  if (year === range.start.slice(0, 4)) return null;
  const day = `${year}${range.start.slice(4)}`;
  const named = WEEKDAY.exec(timex.text)![0].slice(0, 3).toLowerCase();
  return WEEKDAYS[weekday(parseDay(day))] === named ? { ...range, start: day, end: day } : null;
}

/** `range` moved to the day the weekday's own words anchor it to, or `range` itself. */
export function anchoredDays(text: string, timex: Timex, range: TimexRange, published: string): TimexRange {
  const day = published.slice(0, 10);
  return nightAfterFiling(text, timex, range, day) ?? weekdayAhead(text, timex, range, day) ?? almostAgo(timex, range, day) ?? yearAgo(text, timex, range, day) ?? monthsFromYear(timex, range) ?? pastWeek(timex, range, day) ?? narrativeAhead(text, timex, range, day) ?? inNamedYear(text, timex, range) ?? countBeforeDate(text, timex, range) ?? beforeDate(text, timex, range, day) ?? futureInPast(text, timex, range, day) ?? pastAhead(text, timex, range, day) ?? range;
}
