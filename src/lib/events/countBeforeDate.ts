// A date moved by a count written before it: "leased the tower six weeks before 9/11", "a sheen
// reached the coast nine days after the April 20 explosion", "the day after Christmas". News
// names the day every reader knows and counts from it; the clause's happening lies that far from
// the day, not on it. Only a whole count of days, weeks, months or years (a vague "a few days
// before", "shortly after", "long before" places nothing), and not a stretch told with an article
// ("in the two weeks before Christmas" runs up to the day: it is no point that far off).
// Must not know about labels, statuses or the publication day; reads only the words around the
// timex and its range.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addMonths, formatDay, lastDayOfMonth, parseDay, shiftDay } from '../temporal/calendar';
import { analysisOf, sentenceHolding } from '../analysis';

const NUMBER: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const HEDGE = '(?:(?:just|only|nearly|almost|about|some|roughly|exactly|barely|(?:more|less)\\s+than)\\s+)?';
const COUNT = `(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// ("six weeks before 9/11", "the day after Christmas", "two years after the 2008 crash")
const BEFORE_DATE = new RegExp(`(?:\\b${HEDGE}${COUNT}\\s+(day|week|month|year)s?|\\bthe\\s+(day|night))\\s+(before|after|prior\\s+to)\\s+(?:the\\s+)?$`, 'i');
// (a stretch: "in the two weeks before", "the first three days after", "every year before")
const STRETCH = /\b(?:the|these|those|its|his|her|their|first|last|past|next|final|every|each|per|within|for|over|during)\s+$/i;

// A date that names a noun after it ("the April 20 explosion", "Friday's storms") dates that
// happening itself, and the events stage draws it there: the count places the clause, not it.
/** Whether the date is written as a noun's modifier ("the April 20 explosion", "Sunday's game"). */
export function ownsANoun(text: string, timex: Timex): boolean {
  if (/^[’']s\b/.test(text.slice(timex.end, timex.end + 3))) return true;
  const analysis = analysisOf(text);
  const sentence = sentenceHolding(analysis, timex.start, timex.end);
  const next = sentence && analysis.wordsOf(sentence).find((w) => w.start >= timex.end && w.end > w.start);
  return !!next && /^\s+$/.test(text.slice(timex.end, next.start)) && /^\p{Ll}/u.test(next.text) && next.pos === 'noun' && !next.date && !next.proper;
}

// ("two days before July 8, when the riots broke out": the day is named for what happened on it,
// and its "when" clause is drawn there)
const WHEN_AFTER = /^\s*,?\s*(?:when|the (?:same )?day)\b/i;
/** Whether a "when" clause after the date tells what happened on it. */
export const namedForItsHappening = (text: string, timex: Timex): boolean => WHEN_AFTER.test(text.slice(timex.end, timex.end + 14));

const monthRange = (day: string, months: number): TimexRange => {
  const first = addMonths({ ...parseDay(day), day: 1 }, months);
  return { start: formatDay(first), end: lastDayOfMonth(formatDay(first)), granularity: 'month' };
};

/** `range` moved by the count written before the timex ("six weeks before 9/11"), or null. */
export function countBeforeDate(text: string, timex: Timex, range: TimexRange): TimexRange | null {
  const before = text.slice(Math.max(0, timex.start - 60), timex.start);
  const m = BEFORE_DATE.exec(before);
  if (!m || STRETCH.test(before.slice(0, m.index)) || ownsANoun(text, timex) || namedForItsHappening(text, timex)) return null;
  const [, count, unit, theDay, joint] = m;
  const sign = /^after$/i.test(joint) ? 1 : -1;
  const n = theDay ? 1 : /^\d/.test(count) ? Number(count) : NUMBER[count.toLowerCase()];
  const u = theDay ? 'day' : unit.toLowerCase();
  const oneDay = range.start === range.end;
  if (u === 'day' || u === 'week') {
    if (!oneDay) return null;
    const day = shiftDay(range.start, sign * n * (u === 'week' ? 7 : 1));
    return { start: day, end: day, granularity: 'day' };
  }
  const months = sign * n * (u === 'year' ? 12 : 1);
  if (oneDay || range.granularity === 'month') return monthRange(range.start, months);
  if (u === 'year' && range.granularity === 'year') {
    const year = Number(range.start.slice(0, 4)) + sign * n;
    return { start: `${year}-01-01`, end: `${year}-12-31`, granularity: 'year' };
  }
  return null;
}
