// A weekday of the coming week, told with what is to come: "Lavrov will go to Damascus on
// Tuesday", "the club play at Levante on Sunday", "as they prepare for a Thursday night tilt",
// "depend on how Saturday's storms evolve", an outlook's "Friday: the bank reports". News names
// the days of the week ahead bare, and what it has not yet seen it tells in the future, or in
// the present of a timetable; a weekday of the week gone is told in the past ("played on Sunday").
// Where the tagger put such a weekday in the six days before the page's, it is the one ahead:
// - its verb group is a future written from now ("will go", "is set to", "are expecting"), or
// - its verb group is a plain present of a lexical verb ("play", "prepare", "reports") or a
//   present progressive, and the tagger put the day four to six days back, where the present's
//   nearest weekday is the one ahead (as temporal/direction.ts reads a present).
// A subject opened by an article ("The bank reports Friday") is left as the tagger read it: the
// language's tagger takes plural nouns for verbs too often for such a head to be trusted.
// Not a weekday with its own anchor ("last Sunday", "that Monday"), not a present of saying ("the
// minister says Monday", a report's past), not a perfect or a passive ("have been thrown
// Wednesday night", "are broadcast").
// Must not know about labels or statuses; reads the words of the timex and of its sentence.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { parseDay, shiftDay, weekday } from '../temporal/calendar';
import { analysisOf, sentenceHolding, type VerbGroup, verbGroupBefore, type Word } from '../analysis';
import { insideRelative, mainClauseVerbGroup } from './clauseVerb';

const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
// ("a Thursday night tilt" is the game's day; "on a Tuesday" of a habit is no day, and its verb tells so)
const OWN_ANCHOR_BEFORE = /\b(?:last|past|previous|this|that|next|every|each)\s+$/i;
// a future told from now: a modal of the future, or a plan or an expectation in the present
const FUTURE = /^(?:will|shall|['’]ll)\b|^(?:is|are|am|['’]s|['’]re)\s+(?:\w+ly\s+)?(?:set|due|scheduled|slated|going|expected|expecting|planning|preparing|poised|to)\b/i;
// (the future's modal may stand before the verb group next to the weekday: "will have his case
// heard in Perth Monday")
const FUTURE_IN_CLAUSE = /\b(?:will|shall)\s+(?!not\b)|['’]ll\s/i;
const PRESENT_AUXILIARY = /^(?:is|are|am|['’]s|['’]re)$/i;
// what a source says it says now of a day gone ("the ministry says Monday's raid ...")
const SAYING = /^(?:says|say|tells|tell|writes|write|adds|add|notes|note|claims|claim|insists|insist|argues|argue|admits|admit|recalls|recall|confirms|confirm|denies|deny)$/i;

// the words and marks that open a clause (a subordinator or a relative, a stop inside the sentence)
const SUBORDINATORS = 'that|which|who|whom|whose|whether|when|where|how|why|because|after|before|since|while|if|unless|although|though';
const CLAUSE_OPENS = new RegExp(String.raw`\b(?:${SUBORDINATORS}|such\s+as)\b|[;:()—–]|\s-\s`, 'i');
// the last boundary of a clause before a point, a comma and "but", "and", "or" too, and all after it
const BOUNDARY = String.raw`(?:[,;:()—–]|\s-\s|\b(?:${SUBORDINATORS}|but|and|or)\b)`;
const FROM_LAST_BOUNDARY = new RegExp(String.raw`${BOUNDARY}(?![\s\S]*${BOUNDARY})[\s\S]*$`, 'i');
// "are in Haiti", "has a game": a verb of being or having tells a state, not when the weekday's happening falls
const STATE = /^(?:is|are|am|be|was|were|['’]s|['’]re|has|have|had|do|does|did)$/i;

/** The verb group the weekday belongs to in its sentence (the nearest before it, else the first
 * after), and whether "to" stands before it (an infinitive has no tense of its own). */
interface Found {
  group: VerbGroup;
  infinitive: boolean;
  /** A verb read as a past in the weekday's clause before the group (or, for the present, before the weekday too). */
  pastBefore: boolean;
  pastAround: boolean;
  /** The weekday's clause, up to the weekday. */
  clause: string;
  /** Whether the group's first word reads as a noun of a noun phrase instead ("the best-picture
   * prize", "both veteran coaches", "Peaceful protests have been ..."), or a comma parts the
   * group before the weekday from it ("keep the coaches, praising them Tuesday"). */
  doubtful: boolean;
}

function groupOf(text: string, timex: Timex): Found | null {
  const analysis = analysisOf(text);
  const sentence = sentenceHolding(analysis, timex.start, timex.end);
  if (!sentence) return null;
  const words = analysis.wordsOf(sentence);
  // (a verb before a clause boundary is another clause's: in "depends on how Saturday's storms
  // evolve" the weekday's own verb comes after it)
  const before = verbGroupBefore(words, sentence.start, timex.start);
  // (after it, the main clause's: "On Tuesday his brothers, who will be taking part, defended")
  const group = before && !CLAUSE_OPENS.test(text.slice(before.end, timex.start)) ? before : mainClauseVerbGroup(text, words, timex.end, sentence.end);
  if (!group) return null;
  const at = words.indexOf(group.first);
  // the weekday's clause: from the last boundary (a comma too) before the group or the weekday
  // ("“Atonement” won the best-picture prize at the Globes on Sunday": a word the language's
  // tagger read as a verb, "prize", stands after the clause's past)
  const from = Math.min(group.first.start, timex.start);
  const clauseStart = from - (FROM_LAST_BOUNDARY.exec(text.slice(sentence.start, from))?.[0].length ?? from - sentence.start);
  // (a relative clause set off after the weekday is no part of it: "On Thursday the chief, who is
  // expected at the meeting, will testify")
  const past = (w: Word) => w.start >= clauseStart && w.pos === 'verb' && w.form === 'past' && !(w.start >= group.first.start && w.end <= group.end) && !(w.start > timex.end && insideRelative(text, words, timex.end, w.start));
  return {
    group,
    infinitive: at > 0 && words[at - 1].text.toLowerCase() === 'to',
    pastBefore: words.some((w) => past(w) && w.end <= group.first.start),
    pastAround: words.some((w) => past(w) && w.end <= Math.max(group.end, timex.start)),
    clause: text.slice(clauseStart, timex.start),
    doubtful: (group.first.pos === 'verb' && nounPhrase(words, at)) || (group.end <= timex.start && /,/.test(text.slice(group.end, timex.start))),
  };
}

// The language's tagger reads some plural nouns as verbs: a "verb" with an auxiliary after it is
// the subject ("protests have been"), one after a determiner and its modifiers is a noun phrase's
// head ("the best-picture prize", "both veteran coaches").
function nounPhrase(words: readonly Word[], at: number): boolean {
  const next = words[at + 1];
  if (next && (next.pos === 'auxiliary' || next.pos === 'modal' || next.pos === 'verb')) return true;
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i];
    if (w.pos === 'noun' || w.pos === 'adjective' || /^[-‐]$/.test(w.text)) continue;
    return w.pos === 'determiner' || w.pos === 'preposition';
  }
  return false;
}

// verbs whose past is written as their present ("fans hit the streets on Tuesday"): no tense to read
const PAST_AS_PRESENT = /^(?:hit|put|set|cut|let|shut|quit|cost|hurt|spread|beat|bet|cast|burst|broadcast|read|split|upset|shed|bid|forecast|offset|outbid|reset|rid|thrust|wed)$/i;
// (the language's tagger reads a plural present, "they prepare", as the verb's base form)
function presentOf({ group, infinitive, pastAround, doubtful }: Found): boolean {
  if (pastAround || doubtful) return false;
  // (a group with a past in it, "police cleared" read as one group, is a past)
  if (/\b\w+ed\b/i.test(group.text.split(' ').slice(1).join(' '))) return false;
  const words = group.text.split(' ');
  // a present progressive: "are hoping", "is playing"
  if (PRESENT_AUXILIARY.test(words[0]) && words.length > 1 && /ing$/i.test(words[words.length - 1])) return true;
  const form = group.first.form;
  return group.first.pos === 'verb' && (form === 'present' || (form === 'infinitive' && !infinitive)) && !SAYING.test(group.first.text) && !PAST_AS_PRESENT.test(group.first.text) && !STATE.test(group.first.text);
}

// A Sunday page's "this week" told with what is to come: "KING FAHD VISITS BRITAIN THIS WEEK" on a
// Sunday wire, "the club plays twice this week", "ahead of this week's annual meetings". A
// Sunday is the last day of the week the tagger counts (Monday to Sunday), but a Sunday paper's
// reader takes "this week" for the days from Monday when it tells what is coming, in the future
// or in the present of a timetable, or what a clause is done ahead of; what is done "this week"
// (a past, a perfect) stays in the week that ends on the Sunday.
const THIS_WEEK = /^this\s+week$/i;
const AHEAD_OF_BEFORE = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to|in\s+preparation\s+for)\s+$/i;
const SUNDAY = 0;

function weekAheadOfSunday(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  if (weekday(parseDay(publishedDay)) !== SUNDAY || range.end !== publishedDay || shiftDay(range.start, 6) !== range.end) return null;
  if (!AHEAD_OF_BEFORE.test(text.slice(Math.max(0, timex.start - 30), timex.start))) {
    const found = groupOf(text, timex);
    if (!found || found.group.negative) return null;
    const future = (FUTURE.test(found.group.text) && !found.infinitive) || FUTURE_IN_CLAUSE.test(found.clause);
    // ("thank you for being part of the programme this week": a formula of speech, no timetable)
    if (!(future && !found.pastBefore) && !(presentOf(found) && !/^thanks?$/i.test(found.group.first.text))) return null;
  }
  return { ...range, start: shiftDay(publishedDay, 1), end: shiftDay(publishedDay, 7) };
}

/** `range` a week on when the weekday is one of the coming week told with what is to come (or a
 * Sunday's "this week" so told: the week from the next day), or null. */
export function weekdayAhead(text: string, timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  if (THIS_WEEK.test(timex.text.trim())) return weekAheadOfSunday(text, timex, range, publishedDay);
  if (range.start !== range.end || !BARE_WEEKDAY.test(timex.text.trim())) return null;
  const back = [1, 2, 3, 4, 5, 6].find((n) => shiftDay(publishedDay, -n) === range.start);
  if (!back || OWN_ANCHOR_BEFORE.test(text.slice(Math.max(0, timex.start - 12), timex.start))) return null;
  const found = groupOf(text, timex);
  if (!found || found.group.negative) return null;
  // (a possessive, "such as Sunday's on the popular vote", names a happening of its own: only its own present moves it)
  const possessive = /^['’]s\b/.test(text.slice(timex.end, timex.end + 2));
  const future = (FUTURE.test(found.group.text) && !found.infinitive) || FUTURE_IN_CLAUSE.test(found.clause);
  if (!(future && !possessive && !found.pastBefore) && !(back >= 4 && presentOf(found))) return null;
  const day = shiftDay(range.start, 7);
  return { ...range, start: day, end: day };
}
