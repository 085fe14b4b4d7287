// The verb a clause is told with. A tagger reads some words of a subject as verbs: a participle
// before its noun ("the newly formed unit will ...", "the mooted pipeline will be run by ..."),
// the first word of a name ("Kid Rock will appear"). The clause's verb is the first group after
// them. Only words: must not know about dates or events.
import { firstVerbGroup, type VerbGroup, type Word } from '../analysis';

/**
 * The first verb group of [from, to) that is the clause's own: a participle or a verb before a
 * noun, inside a noun phrase ("the newly formed unit will ...", "the mooted pipeline will
 * ..."), or a capitalised word inside a name ("Kid Rock will appear"), is passed over.
 */
export function clauseVerbGroup(words: readonly Word[], from: number, to: number): VerbGroup | null {
  let group = firstVerbGroup(words, from, to);
  while (group && modifiesANoun(words, group)) group = firstVerbGroup(words, group.end, to);
  return group;
}

function modifiesANoun(words: readonly Word[], group: VerbGroup): boolean {
  const i = words.indexOf(group.first);
  if (group.end !== group.first.end || group.first.pos !== 'verb' || i < 0) return false;
  const next = words[i + 1];
  // (next to it, with no mark between: "UPDATE: Nicole Kidman" is a heading and a name)
  if (!next || (next.pos !== 'noun' && next.pos !== 'adjective') || next.start !== group.first.end + 1) return false;
  const before = words[i - 1];
  const beforeThat = words[i - 2];
  // "the mooted project", "the newly formed organization"
  // ("These are serious incidents": a verb in the present is the clause's own)
  const adjectival = group.first.form === 'past' || group.first.form === 'participle' || group.first.form === 'gerund';
  if (adjectival && (before?.pos === 'determiner' || (before?.pos === 'adverb' && beforeThat?.pos === 'determiner'))) return true;
  // "Kid Rock", at the head of the clause or inside it: a name, not a verb
  return /^\p{Lu}/u.test(group.first.text) && /^\p{Lu}/u.test(next.text) && next.pos === 'noun';
}

// a relative pronoun, the opening of a clause about the noun before it
const RELATIVE = /^(?:who|which|whom|whose)$/i;
// the marks that close a relative clause set off after its noun (the language's tagger gives no
// word for a mark: they are read in the text between two words)
const CLOSES = /[,;:()\u2014\u2013]/;

/**
 * The first verb group of [from, to) that is the main clause's, past a relative clause set off
 * by commas: "On Tuesday his brothers, who will be taking part in the concert, defended the
 * decision" is told with "defended"; the relative's "will be taking" tells of the brothers, not
 * of the day the sentence opens on. News puts such an aside between a subject and its verb to
 * say who the subject is. A relative clause still open at `to` has no main verb after it to
 * give, and its own verb stands (as clauseVerbGroup would give it).
 */
export function mainClauseVerbGroup(text: string, words: readonly Word[], from: number, to: number): VerbGroup | null {
  const first = clauseVerbGroup(words, from, to);
  let group = first;
  while (group && insideRelative(text, words, from, group.first.start)) group = clauseVerbGroup(words, group.end, to);
  return group ?? first;
}

/** Whether the word at `at` stands inside a relative clause opened after a comma in [from, at) and not closed before it. */
export function insideRelative(text: string, words: readonly Word[], from: number, at: number): boolean {
  let open = false;
  // (the mark right before the word at `at` closes the clause too)
  for (let i = 1; i < words.length && words[i].start <= at; i++) {
    if (words[i].start <= from) continue;
    const between = text.slice(words[i - 1].end, words[i].start);
    if (open && CLOSES.test(between)) open = false;
    if (words[i].start < at && RELATIVE.test(words[i].text) && between.includes(',')) open = true;
  }
  return open;
}
