// A date inside an adverbial clause of its own: "Megyn Kelly was not a household name when she
// started at Fox News in 2004", "the share has grown since Valve introduced Steam Play last year",
// "When Putin returned to the presidency in 2012, observers believe ...". News hangs the earlier
// happening on the main clause with a conjunction and dates it there; the date belongs to that
// clause's subject and verb, not to the main clause's state, and a reporter writes that clause
// under the date ("Megyn Kelly starts at Fox News"). Must not know about statuses or the
// publication day.
import type { Timex } from '../document';
import { firstVerbGroup, isVerbal, verbGroupBefore, type Word } from '../analysis';
import { makeLabel } from './label';
import { subject } from './antecedent';
import { withNamedActor } from './pronoun';
import type { Span } from './sentences';

const CONJUNCTION = /\b(?:when|after|since|before|until|once|as soon as)\s+/gi;
// What a conjunction's clause says when it only reports ("after the company said on Tuesday
// that ..."): the saying is the sentence's source, not its happening, and the main clause stays.
const SAYING = /^(?:said|says|say|announced|announces|reported|reports|told|tells|added|confirmed|confirms|stated|warned|warns|revealed|disclosed)$/i;
const NOUN_PHRASE_PREPOSITION = /^(?:of|against|over|in|on|from|for|with)$/i;
const SUBJECT_WORD = new Set(['noun', 'pronoun', 'determiner', 'adjective', 'number']);
// what follows an owner's "her": the thing owned
const OWNED = new Set(['noun', 'adjective', 'number']);

export interface Subordinate {
  /** Where the clause's subject starts: its pronoun, if any, is named from the words before. */
  start: number;
  label: string;
}

/** The clause a conjunction hangs on the statement, holding `own` with a subject and a finite
 * verb of its own, labelled; or null when the date dates the main clause. */
export function subordinateLabel(text: string, statement: Span, own: Timex, drop: Timex[], wordsOf: () => readonly Word[]): Subordinate | null {
  // the conjunction nearest before the date, with no clause break between them
  const lead = text.slice(statement.start, own.start);
  const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(' — '), lead.lastIndexOf(' – '));
  const conjunction = [...lead.matchAll(CONJUNCTION)].filter((m) => m.index > cut).pop();
  if (!conjunction) return null;
  const from = statement.start + conjunction.index + conjunction[0].length;
  // "when it came to the release", "profit before tax dropped": an idiom and a noun's phrase,
  // no clause of their own
  if (/^it\s+(?:comes?|came)\s+to\b/i.test(text.slice(from, from + 16))) return null;
  // "After news broke on July 19, Estrich emailed Drudge": a fronted clause times the main
  // clause's happening, which is the news; only a main clause that tells no happening of its
  // own ("When Putin returned in 2012, observers believe ...") leaves the date to the clause
  // ("Before the rig exploded on April 20, 70 percent favored drilling": what came before the
  // day, or held since it, is not dated by it)
  // (a finite verb: "Operating profit before tax dropped" opens on a gerund, no main clause)
  const fronted = !verbGroupBefore(wordsOf(), statement.start, statement.start + conjunction.index, (g) => g.first.form !== 'gerund');
  // a fronted clause ends on a comma before its main clause; "profit before tax dropped" is a
  // noun's phrase
  if (fronted && (!/,\s/.test(text.slice(own.end, statement.end)) || /\p{L}\s+$/u.test(lead.slice(0, conjunction.index)))) return null;
  if (fronted && /^(?:when|after|once|as soon as)\s/i.test(conjunction[0])) {
    const comma = text.indexOf(',', own.end);
    const main = comma > 0 && comma < statement.end ? firstVerbGroup(wordsOf(), comma, statement.end) : null;
    if (!main || main.first.form === 'past' || /^(?:was|were|had|did)$/i.test(main.first.text)) return null;
  }
  const words = wordsOf().filter((w) => w.end > w.start && w.start >= from && w.end <= own.start);
  const group = firstVerbGroup(words, from, own.start);
  if (!group || group.first.form === 'gerund' || group.first.form === 'participle' || SAYING.test(group.first.text)) return null;
  // "when she was governor for speaking out against the display ... in the aftermath of the 2015
  // massacre": a date some twenty words past the clause's verb hangs on something further in it
  if (text.slice(group.end, own.start).split(/\s+/).filter(Boolean).length > 18) return null;
  // a subject of its own: a noun phrase or a pronoun between the conjunction and the verb
  const subject = words.filter((w) => w.end <= group.first.start);
  // (at most six words: "since the singer's death Pop star Michael Jackson's father has filed"
  // is a headline run into its lead, not a subject)
  // (a noun's own phrase may stand in it: "since a wave of bombings began last year", "since
  // protests against his rule began in February")
  const inSubject = (w: Word, k: number) => SUBJECT_WORD.has(w.pos) || w.possessive || w.proper || (k > 0 && k < subject.length - 1 && NOUN_PHRASE_PREPOSITION.test(w.text) && subject[k - 1].pos === 'noun');
  if (!subject.length || subject.length > 6 || !subject.some((w) => w.pos === 'noun' || w.pos === 'pronoun') || !subject.every(inSubject)) return null;
  // the clause runs on past the date to its own end
  // (or where a pronoun opens the next clause: "when she was discussing it last Thursday she
  // was alluding to ...")
  const stop = /[,;:.!?]\s|\s[—–]\s|\s--\s|\n|\s(?=(?:he|she|they|we|I)\s)/.exec(text.slice(own.end, statement.end));
  const end = stop ? own.end + stop.index : statement.end;
  const label = makeLabel(text, { start: from, end }, drop);
  return label ? { start: from, label } : null;
}

// The noun phrases of `words` (a determiner, a possessive or a name, then adjectives and nouns,
// ending on a noun), last first.
function nounPhrases(text: string, words: readonly Word[]): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!(w.pos === 'determiner' || w.possessive || w.proper || w.pos === 'adjective' || w.pos === 'noun')) continue;
    let j = i;
    // ("The Airbus 380": a model's number belongs to its name, "the two nurses" a count to its
    // noun; "BP's damaged well": a participle
    // before a noun describes it)
    const inPhrase = (k: number) =>
      words[k].pos === 'noun' || words[k].pos === 'adjective' || words[k].proper || (words[k].pos === 'number' && (words[k - 1].proper || words[k - 1].pos === 'determiner')) || (words[k].pos === 'verb' && /ed$/.test(words[k].text) && (words[k - 1].possessive || words[k - 1].pos === 'determiner') && words[k + 1]?.pos === 'noun');
    while (j + 1 < words.length && inPhrase(j + 1) && !/[,;:()]/.test(text.slice(words[j].end, words[j + 1].start))) j++;
    const last = words[j].pos === 'number' && j > i ? words[j - 1] : words[j];
    // (the head is the last noun: "the Exxon Valdez tanker" is no person, a possessive no head)
    if (last.pos === 'noun' && !last.date && !last.possessive && !/['’]s$/.test(last.text)) out.push({ text: text.slice(w.start, words[j].end), plural: /[^s]s$/i.test(last.text) && !last.proper, person: last.person, end: words[j].end });
    i = j;
  }
  return out.reverse();
}

type Phrase = { text: string; plural: boolean; person: boolean; end: number };

// A phrase directly followed by a verb: a clause's subject.
const subjectPhrases = (text: string, words: readonly Word[]) =>
  nounPhrases(text, words).filter((p) => {
    const next = words.find((w) => w.start >= p.end);
    return !!next && isVerbal(next) && !/[,;:]/.test(text.slice(p.end, next.start));
  });

/** The main clause's subject in the words before the conjunction: the sentence's first noun
 * phrase when a verb follows it ("Murdoch knew ... when he brought him in"; a name opening the
 * sentence is capitalised by its place, so its case says nothing). */
function mainSubject(text: string, words: readonly Word[]): Phrase | null {
  const first = subjectPhrases(text, words).at(-1);
  return first && words.length > 0 && text.slice(words[0].start).startsWith(first.text) ? first : null;
}

// "Ana Ruiz's blog, which had been silent since she left the party in May, ...": a "he" or a
// "she" is no thing; where the main clause's subject is a named person's thing, the person is
// its owner. A head that names a person ("Ruiz's lawyer", "Ruiz's mother", "Ruiz's aide Tom
// Hale": a phrase that ends on a name) is left as it is.
const PERSON_HEAD = /\s(?:lawyers?|attorneys?|wife|husband|son|daughter|mother|father|brother|sister|friend|partner|girlfriend|boyfriend|fianc[ée]e?|spokes(?:man|woman|person)|manager|coach|agent|boss|aide|adviser|advisor|deputy|successor|predecessor|rival|opponent|doctor|colleague|teammate|widow|widower|mum|mom|dad|parents?|child|uncle|aunt|cousin|nephew|niece|grandmother|grandfather|assistant|secretary|captain|team|family|client|employer|chief|leader|president|director|owner|teacher|student)$/i;
function ownerOfThing(phrase: string | undefined): string | null {
  const m = phrase ? /^((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)['’]s\s+(?!\p{Lu}[\p{L}-]*$)(?!.*\s\p{Lu}[\p{L}-]*$)\S/u.exec(phrase) : null;
  return m && !PERSON_HEAD.test(phrase!) && !/^(?:The|A|An|This|That|Its|His|Her|Their)\s/.test(m[1]) ? m[1] : null;
}

/** What the clause's opening "it" or "they" stands for in the words before its conjunction:
 * the main clause's subject when it is a thing of the pronoun's number ("The Airbus 380 will
 * wear the livery of Singapore Airlines when it arrives"), else the nearest such thing ("to
 * adopt the system when it was first introduced"), or null. */
function thingBefore(text: string, label: string, words: readonly Word[]): string | null {
  const pronoun = /^(It|Its|They|Their)\b/.exec(label)?.[1];
  if (!pronoun) return null;
  const plural = /^The/.test(pronoun);
  const fits = (p: { text: string; plural: boolean; person: boolean } | null) => !!p && p.plural === plural && !p.person && !/^(?:it|they|this|that|these|those|his|her|its|their|our|my|your|every|each|any|all|some|no)\b/i.test(p.text) && !/\b(?:was|were|is|are|be|been|has|have|had)\b/i.test(p.text);
  // the subject of the nearest clause first ("GM warned that the amount ... could rise before it
  // is reported"), then any thing of the pronoun's number
  // (a speaker is no "it": "Biden announced he was launching the website after it was tested")
  const speaks = (p: Phrase) => SAYING.test(words.find((w) => w.start >= p.end)?.text ?? '');
  const phrase = subjectPhrases(text, words).find((p) => fits(p) && !speaks(p)) ?? nounPhrases(text, words).find((p) => fits(p) && !speaks(p));
  return phrase ? phrase.text.replace(/^(?:a|an)\s+/i, 'the ') : null;
}

/** A subordinate clause's label with its opening pronoun named. A "he" or "she" is the main
 * clause's subject ("Megyn Kelly was not a household name when she started ..."), unless the
 * words before hold its object form ("made comments to her after she joined": she is someone
 * named before), when the sentences before name it; an "it" or "they" is the nearest
 * thing of its number before the conjunction. Null when an "it" or "they" stands for nothing
 * there: the main clause is labelled instead. */
export function namedInClause(
  text: string,
  clause: Subordinate,
  sentenceStart: number,
  wordsOf: () => readonly Word[],
  previous: () => readonly Word[] | null,
  earlier: () => readonly (readonly Word[])[],
): string | null {
  const label = clause.label;
  const own = () => wordsOf().filter((w) => w.end > w.start && w.start >= sentenceStart && w.end <= clause.start);
  const personal = /^(?:(He|His)|(She|Her))\b/.exec(label);
  if (personal) {
    // (an object: a subject "he" before is the same person as the main subject)
    // ("Ana Ruiz struggled with her debts until she ...": after a subject named as a person, a
    // "her" before a noun is that person's own and names no one else; "spoke to her about ..." is
    // an object, and after "The anchor praised her work" she is someone named before)
    const again = personal[1] ? /^him$/i : /^her$/i;
    const before = own();
    const found = mainSubject(text, before);
    const owns = (k: number) => /^her$/i.test(before[k].text) && OWNED.has(before[k + 1]?.pos ?? '') && !!found?.person;
    if (before.some((w, k) => again.test(w.text) && !owns(k))) return withNamedActor(text, label, previous, sentenceStart, earlier);
    // (the subject may meet its verb only after a relative clause: "Ana Ruiz's blog, which ...")
    const opening = nounPhrases(text, own()).at(-1);
    const main = ownerOfThing(found?.text ?? (opening && own()[0]?.start === text.indexOf(opening.text, own()[0].start) ? opening.text : undefined)) ?? (found && !found.plural ? found.text : subject(text, own()));
    if (main) return `${main}${/^(?:His|Her)\b/.test(label) ? '’s' : ''}${label.slice(personal[0].length)}`;
    // ("When she sits down this week before the Senate, ...": a clause opening the sentence has
    // nothing before it; the sentences before name her)
    // ("She was seven months pregnant when she was admitted": a main clause that names no one
    // either goes on from the sentences before, as its own pronoun does)
    const inOwn = own().some((w) => w.pos === 'noun') ? withNamedActor(text, label, own, sentenceStart) : label;
    return inOwn !== label ? inOwn : withNamedActor(text, label, previous, sentenceStart, earlier);
  }
  const pronoun = /^(?:It|Its|They|Their)\b/.exec(label)?.[0];
  if (!pronoun) return label;
  const thing = thingBefore(text, label, own());
  if (!thing) return null;
  const name = thing.charAt(0).toUpperCase() + thing.slice(1);
  return `${name}${/^(?:Its|Their)$/.test(pronoun) ? (/s$/.test(thing) ? '’' : '’s') : ''}${label.slice(pronoun.length)}`;
}
