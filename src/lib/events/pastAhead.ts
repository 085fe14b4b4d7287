// A month told in a plain past is behind the day of writing: "In October, the child aged out of
// the program" in an April story is last October, "the plant ran until July 15" in a September
// one is the July just gone. A date written without its year takes the year that puts it on the
// side its verb tells; where the tagger put it ahead although the clause is a plain past with no
// word of a future or a bound in it ("was set for October", "voted to strike in October", "would
// reopen in May", "asked for answers no later than May 10" look ahead from the past, and
// futureInPast.ts reads the far ones), it is a year back.
// Only a date that names its month (a weekday is the small hours' or the tagger's to place).
// Must not know about labels or statuses; reads the words of the timex and of its sentence.
import type { Timex } from '../document';
import { aYearEarlier, type TimexRange } from '../temporal/range';
import { shiftDay } from '../temporal/calendar';
import { analysisOf, sentenceHolding, verbGroupOfDate, type VerbGroup } from '../analysis';
import { ownsANoun } from './countBeforeDate';

const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/i;
const OWN_ANCHOR = /\b(?:\d{4}|next|coming|following|this|last|later|past)\b|['’]\d\d\b/i;
// any word of a future or a plan in the clause before the date, or in its verb group
const AHEAD = /\b(?:will|would|shall|[’']ll|going|to|scheduled|slated|set|due|planned|plans?|expected|expects?|supposed|intends?|intended|aims?|aimed|hopes?|hoped|asked|requested|demanded|ordered|urged|called|deadline|by|until|till|through|thru|later|before|ahead)\b/i;

const NEAR = 30;
const plainPast = (g: VerbGroup | null) => !!g && !g.negative && (g.first.form === 'past' || /^(?:was|were|had|did)$/i.test(g.first.text)) && !AHEAD.test(g.text);

/** `range` a year back when a plain past tells of a month-named date the tagger put ahead, or null. */
export function pastAhead(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  // (a past told of a day just after the page's is the page's date, not the year: a story updated
  // after it was stamped, "On December 29, I got a reply" on a page of the 28th)
  if (timex.type !== 'DATE' || range.start <= shiftDay(publishedDay, NEAR) || (range.granularity !== 'day' && range.granularity !== 'month')) return null;
  // (a date that names a happening after it, "met ahead of the Oct. 27 election", is that happening's)
  if (!MONTH.test(timex.text) || OWN_ANCHOR.test(timex.text) || ownsANoun(text, timex)) return null;
  const analysis = analysisOf(text);
  const sentence = sentenceHolding(analysis, timex.start, timex.end);
  if (!sentence) return null;
  const clause = text.slice(sentence.start, timex.start).split(/[,;:]\s/).pop() ?? '';
  // ("was invited for Jan. 24", "booked for March 3": a day set for something is ahead of the setting)
  if (/\bfor\s+(?:the\s+)?$/i.test(clause) || AHEAD.test(clause) || AHEAD.test(text.slice(timex.end, sentence.end).split(/[,;:.]\s/)[0] ?? '')) return null;
  const group = verbGroupOfDate(analysis.wordsOf(sentence), sentence.start, timex.start, timex.end, sentence.end);
  if (!plainPast(group)) return null;
  // ("decided against performing on January 20th": the date is the gerund's, not the past's)
  if (group!.end <= timex.start && /\b\p{L}+ing\b/u.test(text.slice(group!.end, timex.start))) return null;
  const earlier = aYearEarlier(range);
  // (a year back must land before the day of writing: "In May" told on 10 May is this May's)
  return earlier.start > publishedDay ? null : earlier;
}
