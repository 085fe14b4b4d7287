// A happening told "before" a date is not on it: "traders bought back before the weekend" (the
// Friday), "Before Wednesday, three suits had been filed" (by the Tuesday), "the bill is to be
// presented before June" (from now to the end of May). News gives the date as a bound; what is
// done lies on the day before it, and what is to come between the day of writing and that day.
// Only a day, a weekend or (for what is to come) a month: "before 1914", "before the September
// election" name an era or a season told in passing. Not "long before", "a long time before" (no
// day near it), nor a bound denied ("won't be finished before August" means August or later), nor
// a day named for what happened on it ("before July 8, when the riots broke out").
// Must not know about labels; reads the words before the timex and the verb its clause is told in.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { shiftDay } from '../temporal/calendar';
import { analysisOf, sentenceHolding, verbGroupOfDate, type VerbGroup } from '../analysis';
import { namedForItsHappening, ownsANoun } from './countBeforeDate';

const BEFORE = /(?:^|[^\w-])(?:(?:just|shortly|right|only)\s+)?before\s+(?:the\s+)?$/i;
// (a count before it is countBeforeDate.ts's: "six weeks before")
const COUNTED = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many|some|day|days|week|weeks|month|months|year|years|hours?|minutes?|time|while|long|well|even|way|night|morning)\s+(?:(?:just|shortly|right|only)\s+)?before\s+(?:the\s+)?$/i;
const DENIED = /(?:\b(?:not|never|no|cannot)|n[’']t)\b[^.;:!?]*$/i;
const PLAIN = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:the\s+)?weekend|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|Christmas(?:\s+Day)?|Thanksgiving|Easter|today|tomorrow|yesterday)$/i;

const NEAR = 200;
const pastGroup = (g: VerbGroup | null) => !!g && (g.first.form === 'past' || /^(?:was|were|had|did)$/i.test(g.first.text));

/** The verb group the timex's clause is told in, or null. */
function groupOf(text: string, timex: Timex): VerbGroup | null {
  const analysis = analysisOf(text);
  const sentence = sentenceHolding(analysis, timex.start, timex.end);
  if (!sentence) return null;
  return verbGroupOfDate(analysis.wordsOf(sentence), sentence.start, timex.start, timex.end, sentence.end);
}

/** The days a happening told "before" the timex lies on, or null when no "before" bounds it. */
export function beforeDate(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  if (timex.type !== 'DATE' || !PLAIN.test(timex.text.trim())) return null;
  const lead = text.slice(Math.max(0, timex.start - 40), timex.start);
  if (!BEFORE.test(lead) || COUNTED.test(lead) || ownsANoun(text, timex) || namedForItsHappening(text, timex)) return null;
  const clause = text.slice(Math.max(0, timex.start - 120), timex.start).split(/[.;!?]\s|\n/).pop() ?? '';
  if (DENIED.test(clause)) return null;
  // (a bound most of a year ahead is the tagger's year for a day just gone: "had hoped to finish
  // before Christmas" three days after it)
  if (range.start > shiftDay(publishedDay, NEAR)) return null;
  const dayBefore = shiftDay(range.start, -1);
  const dayLong = range.granularity === 'day' || range.granularity === 'weekend';
  // what was done before the day: on the day before it (the Friday of a weekend)
  if (range.start <= publishedDay || pastGroup(groupOf(text, timex))) return dayLong ? { start: dayBefore, end: dayBefore, granularity: 'day' } : null;
  // what is to come before it: from the day of writing to the day before
  return { start: publishedDay, end: dayBefore, granularity: 'day' };
}
