// A streak counted in periods: "shares fell for a third straight day", "for the fifth consecutive
// session", "rose for fourth week in a row", "marking a third consecutive month of gains". The
// count tells how many times in a row a thing has happened; its periods are a tally, no date of
// the happening, which the story dates by its own day or not at all ("fell for a third straight
// day on Tuesday" keeps its Tuesday). A streak's day that a happening is told "on" names that day
// ("On the ninth consecutive day of protests, troops fired ..."), and keeps it. A result told
// "for the third consecutive quarter" (or month, or year) is the figure of the period reported,
// and keeps it (streak.test.ts); a streak only said to be marked is counted in any period. Must
// not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';

const ORDINAL = String.raw`(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))`;
const PERIOD = String.raw`(?:days?|nights?|weeks?|weekends?|months?|quarters?|years?|seasons?|sessions?)`;
// "a third straight day", "the fifth consecutive session"
const RUN = new RegExp(String.raw`^(?:an?\s+|the\s+)?${ORDINAL}\s+(?:straight|consecutive|successive)\s+${PERIOD}$`, 'i');
// "fourth week" of "for fourth week in a row", "a second month running"
const COUNTED = new RegExp(String.raw`^(?:an?\s+|the\s+)?${ORDINAL}\s+${PERIOD}$`, 'i');
const IN_A_ROW = /^\s+(?:in\s+a\s+row|running)\b/i;
// the count is of a doing ("for") in days or weeks, or the news is said to mark it ("marking a
// third consecutive month of gains")
const SHORT = /\b(?:days?|nights?|weeks?|weekends?|sessions?)$/i;
const DONE_FOR = /\bfor\s+$/i;
const MARKED = /\b(?:marking|marked|marks|mark)\s+$/i;

/** Whether `timex` is a streak's count of periods rather than when anything happened. */
export function streakCount(text: string, timex: Timex): boolean {
  const words = timex.text.trim();
  if (!RUN.test(words) && !(COUNTED.test(words) && IN_A_ROW.test(text.slice(timex.end, timex.end + 12)))) return false;
  const lead = text.slice(Math.max(0, timex.start - 12), timex.start);
  return MARKED.test(lead) || (DONE_FOR.test(lead) && SHORT.test(words));
}
