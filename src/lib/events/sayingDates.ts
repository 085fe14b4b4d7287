// Two dates in one reported sentence: "The mayor told reporters on Monday the bridge would reopen
// on June 2", "Sales fell in March, the company said Tuesday", "On Sunday, officials said the
// talks set for Monday would go ahead". News dates the saying by the date written beside its verb
// (or opening the sentence before the speaker), and what was said by the dates inside what was
// said. Two dates, two events, two labels: the saying keeps its speaker ("The company said sales
// fell"), what was said is labelled alone ("Sales fell", "The bridge would reopen").
// Only where the statement holds both: the saying's date and a date inside what was said.
import type { Timex } from '../document';
import { makeLabel } from './label';
import type { Span } from './sentences';
import type { Statement } from './statements';
import { readWords } from '../analysis/words';
import { MONTH_WORD } from '../temporal/calendar';

const SAY = '(?:said|says|told\\s+(?:reporters|journalists|lawmakers|(?:the|this)\\s+\\w+|[A-Z][\\w.’\'-]*(?:\\s+[A-Z][\\w.’\'-]*){0,2})|announced|announces|stated|confirmed|warned|declared)';
// "the FCC said Monday", "Gibbs told reporters on Friday"
const VERB_BEFORE = new RegExp(`\\b${SAY}\\s+(?:on\\s+|late\\s+|early\\s+)?$`);
// "..., the FCC said Monday." : the speaker after a comma (at most six words), then the saying
const TRAILING = new RegExp(`,[”"]?\\s+((?:[\\w.’'-]+\\s+){0,5}?[\\w.’'-]+)\\s+${SAY}\\s+(?:on\\s+|late\\s+|early\\s+)?$`);
// "On Sunday, Israeli officials said ...": the date opens the sentence, the speaker follows
const OPENING = new RegExp(`^,\\s+((?:[\\w.’'-]+\\s+){0,5}?[\\w.’'-]+)\\s+(?:said|says|announced|told\\s+\\S+)\\s+(?:that\\s+)?`);
const FINITE = /\b(?:will|would|could|can|may|might|should|must|shall|is|are|was|were|has|have|had|did|does)\b/;
const DAY = new RegExp(`^(?:(?:on|late|early)\\s+)?(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?|${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_WORD}(?:\\s+\\d{4})?)$`, 'i');
const PRONOUN_START = /^(?:it|he|she|they|we|i|you|this|that)\b/i;

interface Saying {
  date: Timex;
  /** What was said. */
  reported: Span;
  /** The speaker, where written after what was said or after an opening date. */
  speaker: string | null;
}

function sayingOf(text: string, st: Statement): Saying | null {
  const span = st.span;
  for (const date of st.timexes) {
    const before = text.slice(span.start, date.start);
    const after = text.slice(date.end, span.end);
    const trailing = TRAILING.exec(before);
    // (what was said ends on the comma before the speaker; the statement ends with the saying)
    // (and what was said opens the sentence: not a participle's clause after a comma, "...,
    // suggesting that 2023 will ..., he said Tuesday")
    if (trailing && /^\W*$/.test(after) && !st.previous) {
      return { date, reported: { start: span.start, end: span.start + trailing.index }, speaker: trailing[1] };
    }
    // (not a date owning a noun after it: "says today's announcement")
    if (/^[’']s\b/.test(after)) continue;
    const verb = VERB_BEFORE.exec(before);
    if (verb) {
      const that = /^,?\s*(?:that\s+)?/.exec(after)![0];
      if (after.length - that.length < 10) continue;
      // ("announced on Monday a premiere to be held on June 2": a verb that also takes an object
      // reports a clause only after "that" or with a finite verb in it)
      if (!/^(?:said|says|told)\b/.test(verb[0].trim()) && !/\bthat\s/.test(that) && !FINITE.test(after.slice(that.length))) continue;
      return { date, reported: { start: date.end + that.length, end: span.end }, speaker: null };
    }
    const opening = /^\s*(?:on\s+|late\s+|early\s+)?$/i.test(before) ? OPENING.exec(after) : null;
    if (opening) return { date, reported: { start: date.end + opening[0].length, end: span.end }, speaker: opening[1] };
  }
  return null;
}

/** The first word lower-cased where it was capitalised only for opening the sentence and is
 * no name ("Stations will ..." -> "stations"); one capitalised inside the sentence stays ("said
 * Arab states"). */
function lowerFirst(text: string, reported: Span, label: string): string {
  const opensSentence = /(?:^|[.!?]\s+|\n)[“"']?\s*$/.test(text.slice(0, reported.start));
  if (/^(?:It|He|She|They|We|You)\b/.test(label)) return label.charAt(0).toLowerCase() + label.slice(1);
  if (!opensSentence && !/^(?:The|A|An|This|These|Those|Its|Their|His|Her)\s/.test(label)) return label;
  const words = readWords(label, 0, label.length);
  if (!words.length || words[0].proper || words[0].person || words[0].placeOrOrganization || /^I\b/.test(label) || /^\p{Lu}{2,}/u.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * The label of an event in a sentence that reports with a date of its own and holds another date
 * in what was said, or '' when the rule does not apply. `own` is the event's date (and those
 * coordinated with it); `drop` all dates left out of the words.
 */
export function sayingDatesLabel(text: string, st: Statement, own: Timex[], drop: Timex[]): string {
  if (!own.length || st.timexes.length < 2) return '';
  const saying = sayingOf(text, st);
  if (!saying) return '';
  // (a quotation is labelled by the quote rules, which name the speaker: "We hope ...," X told)
  const lead = text.slice(Math.max(0, saying.reported.start - 400), saying.reported.start + 2);
  if (/(?:^|[.!?]\s+|\n)\s*[“"'‘]\s*[^.!?\n]*$/.test(lead)) return '';
  const inReported = (t: Timex) => t.start >= saying.reported.start && t.end <= saying.reported.end;
  // both: the saying's date, and a date inside what was said
  if (!st.timexes.some((t) => t !== saying.date && inReported(t))) return '';
  // (days only, both: a period holding a finer day told with the same label is one happening,
  // and the events stage keeps the finer day; two labels would keep the period too)
  if (![saying.date, ...st.timexes.filter(inReported)].every((t) => DAY.test(t.text))) return '';
  const ownIsSaying = own.includes(saying.date);
  if (!ownIsSaying && !own.every(inReported)) return '';
  const said = makeLabel(text, saying.reported, drop);
  if (!said) return '';
  if (!ownIsSaying) return PRONOUN_START.test(said) ? '' : said;
  // the saying: its speaker and what was said; where the speaker opens the sentence the
  // statement's own label has them already
  if (!saying.speaker) return '';
  const speaker = saying.speaker.replace(/^(?:and|but)\s+/i, '');
  if (/^(?:he|she|they|it|we|i|this|that|which|who)\b/i.test(speaker)) return '';
  return `${speaker.charAt(0).toUpperCase()}${speaker.slice(1)} said ${lowerFirst(text, saying.reported, said)}`;
}
