// "Backup Charlie Batch practiced with the first team all week", "the senator has been working
// all week with congressional leaders", "Denver has been dogged all year by injuries",
// "representatives have been on the phone with Americans in Egypt all day": a whole day, week,
// month or year told of what was done, with no other date before it, is the one the story is
// written in, up to the day of writing — news tells with it what went on lately, and a reader
// puts it on the timeline as a band ending at the day of writing. The tagger reads the words as a
// length (P1W), which dates nothing. Only a past or a present perfect of a deed counts: "so that
// the venues are booked and generating revenue all year" (a plan), "I was going to work all day"
// (a habit), "It's been a problem all year" (a state) and "open all year round" date nothing.
// Must not know about labels or statuses.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { verbGroupBefore, type Word } from '../analysis';
import { formatDay, parseDay, weekday, addDays } from '../temporal/calendar';

const ALL = /^all\s+(day|week|month|year)$/i;
// a plan, a possibility, a habit or a present: not what went on
const NOT_DONE = /\b(?:will|would|shall|can|could|may|might|must|should|going|to|is|are|am|['’]re)\b/i;
// "has been", "had been", "'ve practised": a present or past perfect
const PERFECT = /^(?:has|have|had|['’]ve|['’]d|['’]s(?=\s+been\b))\b/i;
// a date word or a year before it: the whole period is then that date's, not the day of writing's
const OTHER_DATE = /\b(?:1[89]\d\d|20\d\d|yesterday|today|tonight|tomorrow|ago|last|next|previous|earlier|later)\b/i;

/** The band of "all day/week/month/year" told of a deed done lately, or null. `wordsOf` gives
 *  the sentence's words. */
export function allPeriod(text: string, timex: Timex, published: string, sentence: { start: number; end: number }, wordsOf: () => readonly Word[]): TimexRange | null {
  const all = ALL.exec(timex.text.trim().replace(/\s+/g, ' '));
  if (!all || /^[\s-]*(?:long|round|around)\b/i.test(text.slice(timex.end, timex.end + 10))) return null;
  if (OTHER_DATE.test(text.slice(sentence.start, timex.start)) || wordsOf().some((w) => w.date && w.end <= timex.start && w.start >= sentence.start)) return null;
  const words = wordsOf();
  const group = verbGroupBefore(words, sentence.start, timex.start);
  if (!group || group.negative || NOT_DONE.test(group.text) || group.first.pos === 'modal') return null;
  const perfect = PERFECT.test(group.text);
  if (!perfect && group.first.form !== 'past') return null;
  // ("It's been a problem all year", "has been pretty consistent all year": a state; "have been
  // on the phone all day", "has been dogged all year" go on)
  const after = words.find((w) => w.start >= group.end && w.end > w.start);
  if (/^been$/i.test(group.text.split(' ').pop() ?? '') && after && after.start < timex.start && !['preposition', 'verb'].includes(after.pos)) return null;
  const day = published.slice(0, 10);
  const today = parseDay(day);
  const unit = all[1].toLowerCase();
  if (unit === 'day') return { start: day, end: day, granularity: 'day' };
  if (unit === 'week') return { start: formatDay(addDays(today, -((weekday(today) + 6) % 7))), end: day, granularity: 'week' };
  if (unit === 'month') return { start: `${day.slice(0, 8)}01`, end: day, granularity: 'month' };
  return { start: `${day.slice(0, 4)}-01-01`, end: day, granularity: 'year' };
}
