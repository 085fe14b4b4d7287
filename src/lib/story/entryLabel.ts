// The label a story day's entry carries on the graphic: of every sentence that reports the day
// (the quoted ones first, then the coverage's other reports of it), the one that reads best as a
// newsroom label, a whole statement of who did what. Coverage of a running story is not all
// written prose: broadcast transcripts carry speaker tags ("SESAY:"), spoken openers ("Well,",
// "By the way,"), the show's own furniture ("coming up in this edition") and the anchors' chatter
// ("we're just getting word"); live blogs leave time stamps ("ET) A group ..."). A desk strips
// what a sentence only opens with, and passes over a sentence that is nothing but that. Pure;
// knows nothing of how days were ranked, sentences chosen, or where the sentences came from.
import { shorten } from '../events/shorten';

/** A sentence that reports the day, and its single-article event label where one was made. */
export interface LabelSource {
  text: string;
  label?: string | null;
}

// A transcript's speaker: "SESAY:", "CARL AZUZ, CNN STUDENT NEWS ANCHOR:", "UNIDENTIFIED MALE
// (through translator):". All capitals, as transcripts print names; a headline's "U.S.: ..." is
// too short to be one (two letters at least, then not a dotted initialism).
const SPEAKER = /^(?:[A-Z][A-Z'’.-]+)(?:\s[A-Z][A-Z'’.-]+){0,3}(?:,\s[A-Z][A-Z0-9 '’.,&-]{1,60})?(?:\s\([^()]{1,40}\))?:\s+/;
// A live blog's time stamp: its tail left by the sentence splitter ("ET) A group ..."), or the
// 24-hour time that opens each entry of a live page ("2045 Haiti's Prime Minister ...").
// Or the whole stamp in brackets, the local time beside it: "(0031 in Egypt))", "(6:10 p.m. ET)".
const STAMP_TAIL = /^(?:[^()\s]{1,12}\)|\((?:[01]\d[0-5]\d|2[0-3][0-5]\d|\d{1,2}:\d{2})\b[^()]{0,40}\)+|(?:[01]\d|2[0-3])[0-5]\d(?=\s+[A-Z]))\s+/;
// Spoken and written openers that join a sentence to the talk before it and carry no news:
// "Well,", "By the way,", "In other news from Egypt,", "And", "But", "Meanwhile,".
const OPENER = /^(?:(?:well|now|so|ok(?:ay)?|yes|oh|look|listen|meanwhile|anyway|again|also|plus|still|of course|by the way|first(?: up| off)?|next|finally|in other news(?: [^,]{1,40})?|in the meantime|at the same time|despite (?:that|this)|even so|however|instead|indeed|in fact|as a result|for one|by then|since then|after that|(?:on |early |late )?(?:today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: (?:morning|afternoon|evening|night))?)\s*,\s*|(?:and|but|so|plus|also|meanwhile|now)\s+(?=\S))/i;

/** Whether the text opens with a transcript's speaker tag ("SESAY: ..."). */
export const opensWithSpeaker = (text: string): boolean => SPEAKER.test(text.trim());

/** The sentence or label without what only opens it (speaker tag, stamp, spoken opener), in
 *  sentence case. Openers go one after another: "SESAY: Well, in other news from Egypt, ...". */
export function withoutOpeners(text: string): string {
  let s = text.trim();
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(SPEAKER, '').replace(STAMP_TAIL, '').replace(OPENER, '').trim();
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// In a sentence read as a label, the day it names beside the verb ("filled the square again
// Friday", "said on Thursday") is the timeline's date line already; the venue of a statement
// between its verb and what was said ("said on "PBS NewsHour" on Thursday that") is not news.
const DAY_WORDS = /,?\s+(?:(?:on|early|late|last|this|by)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|last night)(?![’'\w])(?:\s+(?:morning|afternoon|evening|night))?\b/gi;
const VENUE = /\b(said|says|told [^,;]{1,30}?|announced|reported)\s+(?:(?:on|in|at|to|during)\s+[^,;]{1,40}?\s+)?that\s+/;

// A leading clause or phrase that sets the scene ("As the death toll rises to 100, governments
// are on alert"; "As of 1700 BST on 15 June, 76 countries have reported"): the news is the main
// clause after it. Only with its comma, so the main clause is known to follow.
const LEADING_CLAUSE = /^(?:as|while|when|after|although|though|because|since|with|amid|despite|following|once)\b[^,]{3,120},\s+(?=\S+\s+\S+\s+\S)/i;

/** A sentence as a label would say it: openers off, the venue of a statement and its day words
 *  after the subject dropped, shortened. */
export function sentenceAsLabel(text: string): string {
  const plain = withoutOpeners(withoutOpeners(text).replace(LEADING_CLAUSE, ''));
  const [head, ...rest] = plain.split(' ');
  return sentenceLabel([head, rest.join(' ').replace(VENUE, '$1 ').replace(DAY_WORDS, '')].join(' ').replace(DAY_WORDS, ''));
}

/** A sentence shortened to a label the way the story has always done when nothing better is
 *  found: its head of whole phrases, without the full stop. */
export function sentenceLabel(text: string): string {
  return shorten(text.replace(/[\s.]+$/, ''));
}

export type Fault = 'question' | 'furniture' | 'speaker tag' | 'opener' | 'first or second person' | 'no subject'
  | 'no verb' | 'cut off' | 'dangling end' | 'too long' | 'run-on' | 'pronoun start' | 'date words';

// A question is the reporter's or an anchor's, not the news ("Is Mubarak's era over?").
// Furniture is the page's or the show's own words about itself, never the story's.
const FURNITURE = /^(?:coming up|up next)\b|(?:^|,\s)\S{1,30} wrote ?:|\b(?:(?:coming up|up next)(?::| next| after| in this| later)|stay with us|after (?:the|this) break|this (?:\w+ )?edition of|download (?:the )?pdf|click here|sign up|subscribe|read more|follow us|share this|editor['’]s note|all rights reserved|copyright|video below|watch (?:the|our|this) video|photos?:|this report|retweet)\b|(?:^|\s)[#@]\w/i;
// A broadcast's sign-off ("From CNN Center, this is CNN."): the show naming itself. Capitals
// as networks print their names, so "this is good news" is let be.
const SIGN_OFF = /\b[Tt]his is [A-Z]{2,5}(?: News| International)?[.!]?["”]?\s*$/;
// The writer or anchor speaking for themselves or to the audience ("we're just getting word",
// "I spoke with", "you can see"): a timeline's label speaks for no one. Checked on the label, so
// a quote's "we" that the label leaves out does not count; "US" in capitals is the country.
const PERSON = /(?:^|[^\p{L}’'])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|us|[Oo]ur|[Yy]ou|[Yy]ou['’](?:re|ve|d|ll)|[Yy]our|[Ll]et['’]s)(?![\p{L}’'])/u;
// A label that opens with a preposition or a participle and never reaches a comma is a phrase
// torn from its sentence ("Between supporters of Egyptian President Hosni Mubarak", "Treating
// the protesters almost like children"), or an anchor's segue ("Back to the fires out west"):
// it has no subject.
const HEADLESS = /^(?:(?:back to|about|above|across|after|against|along|amid|among|around|at|before|behind|between|beyond|by|despite|during|for|from|in|inside|into|near|of|on|over|since|through|throughout|to|toward|towards|under|until|upon|with|within|without)\b(?!.*,)|[a-z]+ing\s+(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)/i;
// A statement opens with its subject: a label that opens with an auxiliary or a modal ("Is
// expected to see a sixth day of protests") lost it where a date that was the subject ("Sunday
// is expected ...") was cut out; a question would keep its mark and is caught as one.
const AUXILIARY_START = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did)$/i;
// A verb, roughly: an auxiliary or modal, a past in -ed, a common irregular past, or a present
// in -s after the first word. Only vetoes labels with none ("More about the detail").
const VERB = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|[a-z]{3,}ed|said|says|told|met|began|won|lost|fell|rose|took|made|gave|got|went|came|saw|left|led|held|kept|set|put|cut|hit|sold|bought|paid|ran|shot|spent|sent|built|became|brought|struck|fled|fought|spoke|stood|thought|knew|found|broke|drew|threw|wrote|chose|swept|seized|quit|[a-z]{2,}[^s'’u]s)$/;
// A word in -s is a verb after its subject ("the minister resigns"), a plural noun after a
// number, a determiner or a preposition ("45 deaths", "of cases").
const NOT_SUBJECT = /^(?:\d[\d,.]*|the|a|an|and|or|of|in|on|at|to|for|from|by|with|some|many|several|all|more|most|few|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/i;
const verbLike = (w: string, before: string) => VERB.test(w) && !(/[^s'’u]s$/.test(w) && !/^(?:is|was|has|does|says)$/.test(w) && NOT_SUBJECT.test(before));
// "It's", "they're", "we've": a verb in a contraction.
const CONTRACTED = /^(?:it|that|he|she|there|what|who|here)['’]s$|['’](?:re|ve|ll|d)$/i;
// A plural subject's verb ("Egyptians protest", "Rebels seize"): a plain lower-case word after a
// capitalised or plain word in -s that opens the label's first two words.
const FUNCTION_WORD = /^(?:the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|that|not|no|also|only|still|against|during|after|before|over|under)$/;
const pluralPresent = (w: string, before: string) =>
  /^[a-z]{3,}$/.test(w) && !FUNCTION_WORD.test(w) && !/ly$/.test(w) && /^[\p{L}]{2,}[^s'’iu]s$/u.test(before);
// A page's headline run into its first sentence when the page was saved ("Swine flu: pandemic
// threat alert raised The British couple ..."): a sentence's article capitalised after a
// lower-case word (or a capitalised joining word: "reaching Port-au-Prince With up to"), which
// only a title's end can do ("in The Times" is a name, and is let be).
const RUN_ON = /[a-z](?<!\b(?:of|in|at|on|by|from|to|for|and|with|read|told|said))\s+(?:The|A|An|With|In|On|At|As|For|After|But|It|He|She|They|This|Its|Their|Up|More|Some|Many|Several|Nearly|Almost)\s+\p{L}/u;
// A subordinate clause without its main clause ("Because this hour last night Mubarak had go on
// state television"): what it leads to was cut.
const SUBORDINATE_START = /^(?:because|although|though|while|whereas|if|unless|until|since|when|whenever|where|which|who|whom|whose|as|so that)\b/i;
// A statement cut after its verb and venue ("X said on "PBS NewsHour""): what was said is gone.
const SAID_NOTHING = /\b(?:said|says|told|announced|reported|added)(?:\s+(?:on|in|at|to|during)\s+(?:["“]?[A-Z]|(?:the|a|an|his|her|their|its)\s)[^,;]{0,30})?["”’']?$/;
const DANGLING = /^(?:the|a|an|its|his|her|their|our|this|that|to|of|and|or|but|is|are|was|were|be|has|have|had|will|would|could|should|in|on|at|for|from|by|with|as|than|about|into|after|before|saying|says|said|according)$/i;
const PRONOUN = /^(?:he|she|they|it|its|this|these|those|that|his|her|their|them|him)$/i;
// Names of days and months, and a day written as an ordinal ("on his way to the square the
// 26th"), as speech dates it: the entry's kicker says the date already.
const DATE_WORDS = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow)\b(?!['’]s)|\bthe (?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|time|floor|round|place|amendment|district|street|avenue|precinct|minute|inning|hole|birthday))/i;
const QUESTION = /\?["”’']?\s*$/;

const words = (s: string) => s.split(/\s+/).filter(Boolean).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, ''));

/** What keeps `label`, made from `sentence`, from reading as a newsroom label (none: it does). */
export function labelFaults(label: string, sentence: string = label): Fault[] {
  const faults: Fault[] = [];
  const ws = words(label);
  const first = (ws[0] ?? '').replace(/['’]s$/, '');
  if (QUESTION.test(sentence) || label.includes('?')) faults.push('question');
  if (FURNITURE.test(sentence) || SIGN_OFF.test(sentence)) faults.push('furniture');
  if (SPEAKER.test(label)) faults.push('speaker tag');
  if (OPENER.test(label) || STAMP_TAIL.test(label)) faults.push('opener');
  if (PERSON.test(label)) faults.push('first or second person');
  const main = label.replace(/^[^,]{1,60},\s+/, '');
  if (HEADLESS.test(label) || AUXILIARY_START.test(first) || (SUBORDINATE_START.test(main) && !main.includes(','))) faults.push('no subject');
  if (!ws.some((w, i) => CONTRACTED.test(w) || (i > 0 && (verbLike(w.toLowerCase(), ws[i - 1]) || pluralPresent(w, ws[i - 1]))))) faults.push('no verb');
  if (/(?:…|\.\.\.)\s*$/.test(label) || SAID_NOTHING.test(label)) faults.push('cut off');
  if (DANGLING.test(ws.at(-1) ?? '') || /[,;:—–-]\s*$/.test(label)) faults.push('dangling end');
  if (ws.length > 14) faults.push('too long');
  if (RUN_ON.test(label)) faults.push('run-on');
  if (PRONOUN.test(first)) faults.push('pronoun start');
  // A pronoun and a few words ("It's too early", "They did it") name no one and nothing: a
  // statement cut down to its opening, with nothing left to say who did what.
  if ((PRONOUN.test(first) || /^(?:it|that|there)['’]s$/i.test(ws[0] ?? '')) && ws.length < 5 && !faults.includes('no subject')) faults.push('no subject');
  if (DATE_WORDS.test(label)) faults.push('date words');
  return faults;
}

/** Faults that come from the whole sentence, which no label made from it escapes. */
const SENTENCE_WIDE = new Set<Fault>(['question', 'furniture']);

/** The chosen label, and which source it was made from (the sentence a reader should see it in). */
export interface ChosenLabel { label: string; source: number }

const weigh = (faults: Fault[]) => faults.reduce((sum, f) => sum + (f === 'pronoun start' || f === 'date words' ? 1 : 3), 0);

/** Whether a sentence is no report at all: a question, or the page's or show's furniture. */
export function notAReport(sentence: string): boolean {
  return labelFaults(sentence).some((f) => SENTENCE_WIDE.has(f));
}

/** What makes two labels the same to a reader: the words, whatever their case and stops. */
export const labelKey = (label: string): string => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The entry's label (see chooseEntryLabel). */
export function entryLabel(sources: LabelSource[], labelOf: (sentence: string, source: number) => string | null = () => null): string {
  return chooseEntryLabel(sources, labelOf).label;
}

/** The entry's label: the first whole label, in the order the sources come. First the event
 *  labels: a quoted sentence offers the one the story gave it and, when that one is faulty and
 *  the sentence opened with a tag or an opener, the one the sentence gives without them; another
 *  report offers the one `labelOf` (the single-article pipeline) makes of it. Then the sentences
 *  themselves, stripped of their openers and shortened: a lead sentence the events stage found no
 *  dated happening in may still say who did what. When no label is whole, the one with the
 *  fewest faults, where the label as before (the first event label, else the first sentence
 *  shortened) wins a tie. `labelOf` is asked only while no whole label has been found, so a day
 *  whose first label reads well costs nothing more. */
export function chooseEntryLabel(
  sources: LabelSource[],
  labelOf: (sentence: string, source: number) => string | null = () => null,
  taken: ReadonlySet<string> = new Set(),
  /** Whether source `i` is on the story (uses its words); every source is, by default. */
  onStory: (source: number) => boolean = () => true,
): ChosenLabel {
  if (!sources.length) return { label: '', source: 0 };
  // Another entry's label said again is no label for this day: the reader sees two entries
  // telling one thing (a sentence that names two days reports on both); and a sentence off the
  // story (`onStory`) tells of something else. Each weighed as a fault.
  const scoreOf = (label: string, source: number) =>
    weigh(labelFaults(label, sources[source].text)) + (taken.has(labelKey(label)) ? 3 : 0) + (onStory(source) ? 0 : 3);
  const first = Math.max(0, sources.findIndex((s) => s.label));
  const before = sources[first].label || sentenceLabel(sources[0].text);
  let best = { label: before, source: first, score: scoreOf(before, first) };
  const whole = (raw: string | null | undefined, source: number): boolean => {
    if (!raw?.trim()) return false;
    const label = shorten(withoutOpeners(raw).replace(/[\s.]+$/, ''));
    const score = scoreOf(label, source);
    if (score < best.score) best = { label, source, score };
    return score === 0;
  };
  const reports = [...sources.entries()].filter(([, s]) => !notAReport(s.text));
  const eventLabel = ([i, s]: [number, LabelSource]) => s.label !== null && (whole(s.label, i)
    || ((s.label === undefined || withoutOpeners(s.text) !== s.text) && whole(labelOf(withoutOpeners(s.text), i), i)));
  if (best.score > 0 && !reports.some(eventLabel)) reports.some(([i, s]) => whole(sentenceAsLabel(s.text), i));
  return { label: best.label, source: best.source };
}
