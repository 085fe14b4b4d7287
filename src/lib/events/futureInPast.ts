// A future told from the past: "she was killed ahead of elections scheduled for January 8" in a
// paper of January 15, "the doctor, who was employed for concerts scheduled for July" in one of
// late August, "the phone would launch on 9 November" at the end of December. "Scheduled for",
// "would", "was due to" look ahead from a moment the story has already left; the date they name
// is the one just gone, not the one ten months on (news names a date that far ahead with its year,
// or "next"). Only a day or a month written without its year that the tagger put 300 days or more
// ahead, and only when the clause around it is told in the past; the present ("is due to be
// retired in November", "face re-election in November") keeps its date ahead.
// Must not know about labels or statuses; reads the words of the timex and of its sentence.
import type { Timex } from '../document';
import { aYearEarlier, type TimexRange } from '../temporal/range';
import { parseDay, toEpochDay } from '../temporal/calendar';
import { analysisOf, sentenceHolding, type VerbGroup, type Word, firstVerbGroup } from '../analysis';

const FAR = 300;
// ("next July", "the coming January", "July 2010", "this July", "later in July")
const OWN_ANCHOR = /\b(?:\d{4}|next|coming|following|this|later|early|late)\b|['’]\d\d\b/i;
// the words of a future looked ahead to: what the tagger sent the date ahead for
const AHEAD = /\b(?:would|scheduled|slated|set|due|planned|supposed|expected|to)\b/i;
const PAST_AUXILIARY = /^(?:was|were|had|would|could|might|did)$/i;
const PRESENT = /^(?:is|are|am|has|have|will|shall|can|may|does|do|[’']s|[’']re|[’']ll)$/i;

const days = (a: string, b: string) => toEpochDay(parseDay(b)) - toEpochDay(parseDay(a));

/** The finite verb groups of the sentence before `at`, nearest first. */
function groupsBefore(words: readonly Word[], from: number, at: number): VerbGroup[] {
  const out: VerbGroup[] = [];
  for (let g = firstVerbGroup(words, from, at); g; g = firstVerbGroup(words, g.end, at)) out.unshift(g);
  return out;
}

/** Whether the clause before `timex` is told in the past: its nearest finite verb is a past
 * tense or a past auxiliary ("was employed ... scheduled for", "would launch on"). */
function toldInThePast(text: string, timex: Timex): boolean {
  const analysis = analysisOf(text);
  const sentence = sentenceHolding(analysis, timex.start, timex.end);
  if (!sentence) return false;
  for (const g of groupsBefore(analysis.wordsOf(sentence), sentence.start, timex.start)) {
    const first = g.first;
    // (a participle or an infinitive, "scheduled for", "to be retired", is no tense of its own)
    if (['participle', 'infinitive', 'gerund'].includes(first.form ?? '') && !PAST_AUXILIARY.test(first.text)) continue;
    if (PAST_AUXILIARY.test(first.text) || first.form === 'past') return true;
    if (PRESENT.test(first.text) || first.form === 'present' || first.pos === 'modal') return false;
  }
  return false;
}

/** `range` a year back when a future told from the past names it (see above), or null. */
export function futureInPast(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  if (timex.type !== 'DATE' || (range.granularity !== 'day' && range.granularity !== 'month')) return null;
  if (OWN_ANCHOR.test(timex.text) || days(publishedDay, range.start) < FAR) return null;
  const clause = text.slice(Math.max(0, timex.start - 120), timex.start).split(/[.;!?]\s|\n/).pop() ?? '';
  if (!AHEAD.test(clause) || !toldInThePast(text, timex)) return null;
  return aYearEarlier(range);
}
