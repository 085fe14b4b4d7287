// "about 19 times more than the Exxon Valdez spill in 1989", "after the Piper Alpha disaster 22
// years ago", "since the April 20 rig explosion": a date that belongs to a happening named by a
// noun, in a phrase of the clause, dates that happening, not the clause's verb; a reader's label
// for it is the noun phrase ("The Exxon Valdez spill"). A happening that is the clause's subject
// ("The 2010 spill cost BP billions") keeps the clause's label. Must not know about statuses.
import type { Timex } from '../document';
import type { Span } from './sentences';
import { EVENT_NOUN } from './nameYear';
import { sentenceCase } from './label';

// The phrase is a reference point: after a comparison or a preposition of time ("more than the
// spill in 1989", "after the disaster 22 years ago"). After another preposition the date may as
// well date the verb ("placed on top of the leak in early June").
const REFERENCE_WORD = '(?:than|after|before|since|during|following|like|unlike|amid|despite|until|ahead of|in the wake of)';
const IN_A_PHRASE = new RegExp(`\\b${REFERENCE_WORD}\\s+$`, 'i');
const DETERMINER = /(?:^|\s)(the|an?|its|their|his|her)\s+$/i;
const PLAIN_WORD = /^[\p{L}\d][\p{L}\d’'.-]*$/u;
// Words that end a noun phrase's modifiers: a verb or a clause word would mean the "phrase" is a clause.
const NOT_A_MODIFIER = /^(?:is|are|was|were|has|have|had|will|would|that|which|who|and|or|but|said|says)$/i;
// What may follow the event noun: the phrase ends there ("Friday's death toll" ends on "toll",
// no happening).
const ENDS_PHRASE = /^(?:of|in|at|on|to|for|by|with|from|that|which|who|and|or|but|as|after|before|is|are|was|were|has|have|had|will|would|could|may|might|can|did|does|do)$/i;
const headNounAt = (words: string[]) => {
  const noun = words.findIndex((w) => EVENT_NOUN.test(w));
  if (noun < 0 || words.slice(0, noun).some((w) => NOT_A_MODIFIER.test(w))) return -1;
  const next = words[noun + 1];
  return next === undefined || ENDS_PHRASE.test(next) || !/^\p{Ll}/u.test(next) ? noun : -1;
};

// "In an interview last week, he promised ...", "At a meeting on July 23, Sir Richard said ...":
// a phrase that opens the clause sets the scene of its verb, which the date then dates.
function opensClause(text: string, from: number, phraseAt: number): boolean {
  const lead = text.slice(from, phraseAt).replace(IN_A_PHRASE, '');
  // (or a reported clause: "the program claimed that at a meeting on July 23, he said ...")
  return !/\p{L}/u.test(lead.replace(/^\W*(?:and|but|so|then|yet)\b/i, '')) || /(?:[,;:]|\bthat)\s*$/i.test(lead);
}


/** "the Exxon Valdez spill in 1989": the words between the determiner and the date. */
function namedBefore(text: string, from: number, date: Timex): string {
  const raw = text.slice(Math.max(from, date.start - 90), date.start);
  const words = raw.replace(/\s+(?:in|on|of)\s+$/i, ' ').trimEnd().split(/\s+/);
  for (let k = words.length - 1, n = 0; k >= 1 && n < 6; k--, n++) {
    if (!/^(?:the|an?|its|their|his|her)$/i.test(words[k])) continue;
    const phrase = words.slice(k + 1);
    // "the demise of Bear Stearns in March": the happening and whose it was
    const ofName = phrase.length >= 3 && EVENT_NOUN.test(phrase[0]) && phrase[1] === 'of' && phrase.slice(2).every((w) => /^\p{Lu}/u.test(w));
    if (phrase.length === 0 || (!EVENT_NOUN.test(phrase[phrase.length - 1]) && !ofName)) return '';
    if (!phrase.every((w) => PLAIN_WORD.test(w) && !NOT_A_MODIFIER.test(w))) return '';
    const before = `${words.slice(0, k).join(' ')} `;
    return IN_A_PHRASE.test(before) && !opensClause(text, from, date.start - raw.length + before.length) ? phrase.join(' ') : '';
  }
  return '';
}

// "following the assassination of the opposition leader in Rawalpindi last month", "since the
// start of the uprising against the president in March": news names a happening by its noun and
// then says whose or where it was in a phrase before the date; the date is the happening's,
// and the reader's label is the noun with that phrase. (Words a clause would hold, a relative
// pronoun or an auxiliary, end the search: "after the visit by a man who paid ..." is a clause.)
// (not "during" or "amid": what the clause tells happened within the happening, on its date too,
// "pledged during a visit to Leeds on Friday"; a "to" opens a place, not a verb: "its decision to
// back the plan in June" is the clause's)
const HEAD = /^(?:start|beginning|end|ouster|overthrow|murder|sinking|capture|fall)$/i;
const OTHER_TIME = /\b(?:than|after|before|since|following|like|unlike|despite|until|ahead of|in the wake of)\s+$/i;
const PHRASE_PREPOSITION = /^(?:of|on|at|in|against|over|between|by|from)$/i;
const opensPhrase = (w: string, next = '') => PHRASE_PREPOSITION.test(w) || (/^to$/i.test(w) && /^(?:the|an?|\p{Lu})/u.test(next));
const CLAUSE_WORD = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|did|does|do|that|which|who|whom|whose|where|when|while|as|because|if|and|or|but|said|says|than|after|before|since|until)$/i;
function namedWithPhrase(text: string, from: number, date: Timex): string {
  const raw = text.slice(Math.max(from, date.start - 130), date.start);
  const words = raw.replace(/\s+(?:in|on|of|during)\s+$/i, ' ').trimEnd().split(/\s+/);
  for (let k = words.length - 2; k >= 1 && k >= words.length - 14; k--) {
    if (!/^(?:the|an?|its|their|his|her)$/i.test(words[k])) continue;
    const before = `${words.slice(0, k).join(' ')} `;
    if (!OTHER_TIME.test(before)) continue;
    const phrase = words.slice(k + 1);
    // the head within its first four words, a phrase after it, all plain words of a noun phrase
    const noun = phrase.findIndex((w, i) => i < 4 && (EVENT_NOUN.test(w) || HEAD.test(w)) && opensPhrase(phrase[i + 1] ?? '', phrase[i + 2]));
    if (noun < 0 || phrase.length > 11 || phrase.length < noun + 3) return '';
    if (!phrase.every((w) => PLAIN_WORD.test(w) && !CLAUSE_WORD.test(w))) return '';
    return opensClause(text, from, date.start - raw.length + before.length) ? '' : phrase.join(' ');
  }
  return '';
}

const ELLIPTICAL_POSSESSIVE = /^\s+(?:on|in|at|of|for|by|with|from|about|over|against|and|or|the|a|an)\b/i;

/** "since the April 20 rig explosion": the words between the date and the event noun. */
function namedAfter(text: string, from: number, date: Timex): string {
  const lead = text.slice(Math.max(from, date.start - 40), date.start);
  // "recovering part of Monday's dizzying 504-point drop": a day's possessive is the happening's
  // determiner, wherever the phrase stands but at the clause's start
  const owned = /^['’]s((?:\s+[\p{L}\d][\p{L}\d’'-]*){1,4})/u.exec(text.slice(date.end, date.end + 50));
  // ("spoke at Tuesday's meeting" happened at the meeting: the clause keeps the day)
  // (a clause may open after a comma or a joining word: "..., yesterday's vote did the opposite")
  // ("such as Sunday's on the popular vote": a possessive followed by a preposition stands for a
  // noun named before it, and the noun after the preposition is not its happening)
  if (owned && !ELLIPTICAL_POSSESSIVE.test(owned[1]) && /\p{L}/u.test(text.slice(from, date.start)) && !/(?:\b(?:at|during|in|on|throughout|from|to|and|but|so)|[,;:—–])\s+$/i.test(lead)) {
    const words = owned[1].trim().split(/\s+/);
    const noun = headNounAt(words);
    if (noun >= 0) return words.slice(0, noun + 1).join(' ');
  }
  const det = DETERMINER.exec(lead);
  const beforeDet = lead.slice(0, det ? det.index + (det[0].startsWith(' ') ? 1 : 0) : 0);
  if (!det || !IN_A_PHRASE.test(beforeDet) || opensClause(text, from, date.start - lead.length + beforeDet.length)) return '';
  const after = /^(?:['’]s)?((?:\s+[\p{L}][\p{L}’'-]*){1,4})/u.exec(text.slice(date.end, date.end + 50));
  if (!after) return '';
  const words = after[1].trim().split(/\s+/);
  const noun = headNounAt(words);
  return noun < 0 ? '' : words.slice(0, noun + 1).join(' ');
}

/** The label of a happening named by a noun that `date` dates, or '' when the date is the clause's. */
export function eventNounLabel(text: string, statement: Span, date: Timex): string {
  const named = namedBefore(text, statement.start, date) || namedAfter(text, statement.start, date) || namedWithPhrase(text, statement.start, date);
  return named ? sentenceCase(`the ${named}`) : '';
}
