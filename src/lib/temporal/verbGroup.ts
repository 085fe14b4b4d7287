// Verb groups whose reading is not their words' tense: the present perfect ("has raised"),
// a reporter's failed check ("could not be verified"), a cause after a participle ("boosted by
// Thursday's rate hike"), what one judges from ("judging by"), a plan reported ("said it would
// close the plant in June"), a disaster named by its date ("the April 20 blast"). Knows nothing
// of dates; reads the lower-cased words of one sentence, or the text next to a date.
import { FUTURE, PAST } from './tenseWords';

// what a source declines to do, after "would not"
export const DECLINED = /^(?:comment|say|elaborate|disclose|confirm|deny|discuss|specify|identify|name|reveal|answer|respond|speculate|talk)$/;

// Adverbs that may stand inside a verb group: "has already left", "could not independently".
const INSIDE = /^(?:not|never|already|since|also|just|now|long|ever|all|both|yet|still|recently|reportedly|repeatedly|independently)$|^[a-z]{3,}ly$/;

const ARRANGED = /^(?:cancel+ed|postponed|scrapped|delayed|called|rescheduled|deferred|pushed|put|moved|brought|confirmed|announced|arranged|organi[sz]ed|booked|approved|fixed|timed)$/;

/** Whether the verb group continuing at word `i` is a participle ("varied", "been", "fallen"). */
export function isParticiple(words: { word: string; index: number }[], lower: string[], sentence: string, i: number): boolean {
  while (INSIDE.test(lower[i] ?? '')) i++;
  const w = lower[i] ?? '';
  // as cueOf: a capitalised word is a name or a shouted headline ("HAVE ALLOWED"), no verb read
  if (words[i] && sentence.slice(words[i].index, words[i].index + w.length) !== w) return false;
  // "has been scheduled for June 3", "have been set for": a plan, whose own word governs;
  // "have been tending the wounded since Thursday": the perfect progressive goes on now
  if (w === 'been' && (FUTURE.has(lower[i + 1] ?? '') || /ing$/.test(lower[i + 1] ?? ''))) return false;
  // "the strike on Friday has been called off", "have confirmed a meeting on Monday": what was
  // arranged, moved or cancelled is a plan, whose day the perfect does not place
  if (ARRANGED.test(w === 'been' ? lower[i + 1] ?? '' : w)) return false;
  return (w.length > 4 && w.endsWith('ed')) || (PAST.has(w) && !/^(?:was|were|had|did|ago|last|earlier|previous|previously|yesterday|since|originally|initially)$/.test(w));
}

/** Whether the words from `i` say what a reporter could not do: check, reach, learn. */
export function failedCheck(lower: string[], i: number): boolean {
  while (INSIDE.test(lower[i] ?? '')) i++;
  if (lower[i] === 'be') {
    while (INSIDE.test(lower[i + 1] ?? '')) i++;
    return /^(?:verified|confirmed|reached|contacted|identified|determined|established|located|found|authenticated)$/.test(lower[i + 1] ?? '');
  }
  return DECLINED.test(lower[i] ?? '') || /^(?:verify|reach|contact|determine|establish|authenticate)$/.test(lower[i] ?? '');
}

// a participle in the clause before "by": "boosted by", "have been wiped off the map by"
const AGENT_BY = /\b[A-Za-z][a-z]{2,}(?:ed|en)\b[^,;:.]{0,30}\bby\s+$/;
const DEADLINE_NOUN = /^(?:[a-z-]+\s+)?(?:deadline|close|end|start|opening|cut-?off|session|finish|meeting|summit|vote|talks|hearing)\b/i;

// What one judges from has been seen: "Judging by Thursday's meetings, none will emerge soon",
// "in the wake of Friday's vote". The date is before publication whatever the sentence then
// foresees.
export const JUDGED_FROM = /\b(?:judging|judge|going)\s+(?:by|from)\s+(?:the\s+)?$|\bin\s+(?:the\s+)?(?:light|wake)\s+of\s+(?:the\s+)?$|\bon\s+the\s+(?:evidence|strength)\s+of\s+(?:the\s+)?$/i;

/** Whether the weekday at [start, end), a possessive, names a cause after a participle and "by". */
export function namesCause(sentence: string, start: number, end: number): boolean {
  const owner = /^[A-Za-z]+['\u2019]s\s/.exec(sentence.slice(start, Math.max(end, start + 12) + 3));
  return owner !== null && !DEADLINE_NOUN.test(sentence.slice(start + owner[0].length, start + owner[0].length + 40)) && AGENT_BY.test(sentence.slice(Math.max(0, start - 60), start));
}

// verbs that report what a source said it would do
const REPORTING = /^(?:said|says|told|tells|announced|announces|indicated|confirmed|disclosed|stated|added|agreed|decided|warned|predicted|insisted|signall?ed|promised|pledged|vowed)$/;

/**
 * Whether "would" (or "could", "might") at word `i` is a plan reported: the future of what a source said ("said it
 * would close the plant in June", "told reporters on Friday the speech would be given"), which
 * news reports soon after it was said, so that the act lies after publication as well, as a
 * plan with "will" does. Reads back at most six words, none of them a mark or a figure (a
 * clause's comma ends the search).
 */
export function reportedPlan(lower: string[], i: number, attributed = false): boolean {
  // (", Lusinchi said" closing the sentence reports the whole of it: "Ecuador ... would ship an
  // equivalent volume back in May, Lusinchi said")
  if (attributed) return true;
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (REPORTING.test(lower[j])) return true;
    if (!/^[a-z]+$/.test(lower[j])) return false;
  }
  return false;
}

// a disaster or an attack, after the date that names it
// ("the April 20 drilling-rig explosion", "the Sept. 11 terrorist attacks": up to two words of
// what or where before the noun; and a breakdown, of talks or of a machine, which, like a
// collapse, is told only once it has happened: "after the weekend breakdown of talks")
const DISASTER_AFTER = /^['\u2019]?s?\s+(?:[a-z][\w-]*\s+){0,2}(?:blast|explosion|attacks?|crash|earthquake|quake|tsunami|spill|blowout|fire|shootings?|bombings?|collapse|breakdown|accident|disaster|massacre|killings|derailment|storm|hurricane|typhoon|cyclone|tornado|floods?|riots?)\b/i;

/**
 * Whether the date at [start, end) names a disaster by its day ("the April 20 blast", "since the
 * Oct. 19 crash", "the Boxing Day tsunami"): an event that has happened, referred to by its date,
 * which places it before publication but continues no narrative.
 */
export function namesDisaster(sentence: string, start: number, end: number): boolean {
  // (headline-ese leaves the article out: "wounds from April 20 drilling-rig explosion"; a word of
  // how bad it was may stand before the date: "the devastating Oct. 7 attack")
  return /\b(?:the|a|an|its|this|that|last|from|since|after|following)\s+(?:(?:deadly|devastating|fatal|massive|horrific|catastrophic|brutal|infamous|tragic|terrible|worst|disastrous|bloody)\s+)?$/i.test(sentence.slice(Math.max(0, start - 24), start)) && DISASTER_AFTER.test(sentence.slice(end, end + 44));
}

// an accord, after the date that names it and a few words of what it is about
const ACCORD_AFTER = /^['\u2019]?s?\s+(?:[A-Z][\w-]*\s+|(?:currency|stabili[sz]ation|trade|debt|rescheduling|peace|cease-?fire|monetary|price|output|budget|wage|pay|framework|interim)\s+){0,3}(?:accord|agreement|pact|treaty|communique|truce)\b/;

/**
 * Whether the date at [start, end) names an accord by the day it was reached ("the February 27
 * accord", "set by the Feb 22 Paris currency accord", "under its March 2 agreement"): reached
 * before publication, whatever the sentence goes on to say will follow from it, and a reference,
 * no step of a narrative.
 */
export function namesAccord(sentence: string, start: number, end: number): boolean {
  // (after a preposition: "under the February 27 accord", "set by the Feb 22 accord"; an accord
  // that is a verb's object may still be to come: "will sign the March 31 agreement")
  // (and an accord its parties' own, whatever the verb: "ministers will review their February
  // accord", "to discuss its March pact": a party's accord is one it has reached)
  return /\b(?:(?:under|of|by|in|since|with|from|after|to|at)\s+(?:the|its|their|this|that)|its|their|our)\s+$/i.test(sentence.slice(Math.max(0, start - 16), start)) && ACCORD_AFTER.test(sentence.slice(end, end + 50));
}
