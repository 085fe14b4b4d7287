// "In February 2011, the retailer became its first client. Word of mouth got them five more
// clients in the next three months": a story that tells a past in order counts "the next three
// months" on from the time it has just named, not from the day of writing. Read from the page's
// day the stretch lies ahead, while its verb is a plain past: no reader puts a thing done in the
// future. The stretch is counted from the last date with a year the story named before it, in
// its own sentence or the two before ("In 2009 they left their jobs. Over the next two years
// they built ..." is 2010 and 2011): a month named gives the months after it, a day the days
// after it, a year only the years after it (a count of months after a bare year has no start).
// Not: a stretch told in a future or a plan, even from the past ("said it would hire staff over
// the next two years", "was expected to ... in the next few weeks"), a vague count ("the next
// few months"), a stretch that would reach past the day of writing.
// Must not know about labels or statuses; reads the words of the timex and of the sentences
// before it.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addDays, addMonths, formatDay, lastDayOfMonth, MONTH_WORD, parseDay, type YMD } from '../temporal/calendar';
import { parseCount } from '../temporal/numbers';
import { analysisOf, firstVerbGroup, type VerbGroup, type Word } from '../analysis';

const COUNT_AHEAD = /^(?:the\s+)?(?:next|following|ensuing|subsequent)\s+([a-z0-9-]+)\s+(day|week|month|year)s?$/i;
const STRETCH_BEFORE = /\b(?:in|over|within|during|for|throughout|across)\s+$/i;
// what looks ahead from the past: the stretch is then a plan's, not a narrative's
const AHEAD = /\b(?:will|would|shall|could|might|[’']ll|going|(?:is|are|was|were)\s+to|scheduled|slated|set|due|planned|plans?|expected|expects?|hoped|hopes?|aimed|aims?|vowed|promised|pledged|intended|wanted|forecast|predicted|projected)\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// a date written with its year: "February 2011", "Feb. 3, 2011", "3 February 2011", "2009"
const DATED = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_WORD})\s+|(${MONTH_WORD})\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?(1[89]\d\d|20\d\d)\b(?![-–]\d|\s*(?:%|percent|per\s+cent))`, 'gi');
const YEAR_BEFORE = /(?:^|[.;]\s+|\b(?:in|of|since|by|until|through|during|from|early|late|mid|the|end\s+of)\s+|\bmid-)$/i;
const UNIT_MONTHS: Record<string, number> = { month: 1, year: 12 };

interface Anchor {
  end: YMD;
  granularity: 'day' | 'month' | 'year';
}

/** The last date with a year written in `words`, as the day, month or year it names. */
function lastDated(words: string): Anchor | null {
  let found: Anchor | null = null;
  DATED.lastIndex = 0;
  for (let m = DATED.exec(words); m; m = DATED.exec(words)) {
    const year = Number(m[5]);
    const monthWord = m[2] ?? m[3];
    const day = m[1] ?? m[4];
    if (!monthWord) {
      // (a bare year only where a year is written: "In 2009", "by 2009,", "the 2009 season"
      // — "1900 workers" is a count)
      if (YEAR_BEFORE.test(words.slice(Math.max(0, m.index - 12), m.index))) found = { end: { year, month: 12, day: 31 }, granularity: 'year' };
      continue;
    }
    const month = MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
    if (month < 1) continue;
    found = day
      ? { end: { year, month, day: Number(day) }, granularity: 'day' }
      : { end: parseDay(lastDayOfMonth(formatDay({ year, month, day: 1 }))), granularity: 'month' };
  }
  return found;
}

// ("They rebuilt the levee": a past the language's tagger reads as a participle, alone right
// after its subject)
function pastAfterSubject(words: readonly Word[], g: VerbGroup): boolean {
  const before = words[words.indexOf(g.first) - 1];
  return g.first.form === 'participle' && !/\s/.test(g.text) && !!before && (before.pos === 'pronoun' || before.pos === 'noun');
}
// (a participle or a gerund, "more paying clients", has no tense of its own)
const UNTENSED = ['participle', 'gerund', 'infinitive'];
/** The nearest verb group with a tense before the date in its sentence, else the first after it
 * ("Over the next two years they built ..."). */
function finiteGroup(words: readonly Word[], from: number, at: number, end: number, to: number): VerbGroup | null {
  let found: VerbGroup | null = null;
  for (let g = firstVerbGroup(words, from, at); g; g = firstVerbGroup(words, g.end, at)) if (!UNTENSED.includes(g.first.form ?? '') || g.first.pos === 'auxiliary' || pastAfterSubject(words, g)) found = g;
  return found ?? firstVerbGroup(words, end, to);
}

// (the language's tagger reads a past like "built" as a participle: alone in its group, with no
// auxiliary, it is the clause's past)
const plainPast = (g: VerbGroup) => g.first.form === 'past' || /^(?:was|were|had|did)$/i.test(g.first.text) || (g.first.form === 'participle' && !/\s/.test(g.text));

/** `range` counted on from the story's last date with a year, for a stretch ahead told in a plain past; else null. */
export function narrativeAhead(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  const words = COUNT_AHEAD.exec(timex.text.trim().replace(/\s+/g, ' '));
  if (!words || range.start < publishedDay || !STRETCH_BEFORE.test(text.slice(Math.max(0, timex.start - 12), timex.start))) return null;
  const count = parseCount(words[1]);
  if (!count || count < 1) return null;
  const analysis = analysisOf(text);
  const at = analysis.sentences.findIndex((s) => s.start <= timex.start && timex.end <= s.end);
  if (at < 0) return null;
  const sentence = analysis.sentences[at];
  const group = finiteGroup(analysis.wordsOf(sentence), sentence.start, timex.start, timex.end, sentence.end);
  const clause = text.slice(sentence.start, timex.start).split(/[;:]\s|,\s(?:but|while|and)\s/).pop() ?? '';
  const after = text.slice(timex.end, sentence.end).split(/[,;:.]\s|[.]$/)[0] ?? '';
  if (!group || group.negative || !plainPast(group) || AHEAD.test(group.text) || AHEAD.test(clause) || AHEAD.test(after)) return null;
  const anchor = lastDated(text.slice(analysis.sentences[Math.max(0, at - 2)].start, timex.start));
  if (!anchor) return null;
  const unit = words[2].toLowerCase();
  let start: YMD;
  let end: YMD;
  if (unit === 'day' || unit === 'week') {
    if (anchor.granularity !== 'day') return null;
    start = addDays(anchor.end, 1);
    end = addDays(anchor.end, count * (unit === 'week' ? 7 : 1));
  } else {
    if (anchor.granularity === 'year' && unit === 'month') return null;
    start = addDays(anchor.end, 1);
    end = addDays(addMonths(start, count * UNIT_MONTHS[unit]), -1);
  }
  const last = formatDay(end);
  // (a stretch that reaches the day of writing is no longer only the past's)
  if (last >= publishedDay) return null;
  return { ...range, start: formatDay(start), end: last, granularity: unit === 'week' ? 'week' : (unit as TimexRange['granularity']) };
}
