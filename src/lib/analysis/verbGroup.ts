// The first verb group of a stretch of words: its auxiliaries, modals, negation, adverbs and
// the verb itself, with a "to"-infinitive that completes it ("is set to release", "plans to
// open", "isn't likely to strand"). Tense and modality are read from it by the caller: this
// module only finds the words. Must not know about dates or events.
import type { Word } from './words';

export interface VerbGroup {
  /** The group's words as written, joined by single spaces. */
  text: string;
  negative: boolean;
  /** The form of the group's first verb word ("fell": past; "will": a modal). */
  first: Word;
  /** Where the group ends in the text. */
  end: number;
}

const VERBAL = new Set(['verb', 'auxiliary', 'modal', 'negative']);
// Adjectives and participles news puts between "is" and "to": the group goes on through them.
const LINKING = /^(?:likely|unlikely|set|due|expected|scheduled|slated|poised|about|able|unable|going|ready|certain|sure|bound)$/i;

export function firstVerbGroup(words: readonly Word[], from: number, to: number): VerbGroup | null {
  const inside = words.filter((w) => w.start >= from && w.end <= to && w.end > w.start);
  const i = inside.findIndex((w) => VERBAL.has(w.pos) && w.pos !== 'negative');
  if (i < 0) return null;
  let j = i;
  const extends_ = (w: Word, next: Word | undefined) =>
    VERBAL.has(w.pos) || (w.pos === 'adverb' && next !== undefined && VERBAL.has(next.pos)) || LINKING.test(w.text) || (w.text.toLowerCase() === 'to' && next !== undefined && VERBAL.has(next.pos));
  while (j + 1 < inside.length && extends_(inside[j + 1], inside[j + 2])) j++;
  const group = inside.slice(i, j + 1);
  return { text: group.map((w) => w.text).join(' '), negative: group.some((w) => w.pos === 'negative' || /n[’']t$/i.test(w.text)), first: group[0], end: group[group.length - 1].end };
}

/** The last verb group that ends before `at` in [from, at): the verb a date after it belongs to
 * ("the agency forecast Tuesday", "he said Tuesday"); with `keep`, the last one it accepts. */
export function verbGroupBefore(words: readonly Word[], from: number, at: number, keep: (g: VerbGroup) => boolean = () => true): VerbGroup | null {
  let last: VerbGroup | null = null;
  for (let g = firstVerbGroup(words, from, at); g; g = firstVerbGroup(words, g.end, at)) if (keep(g)) last = g;
  return last;
}

/** The verb group a date at [at, end) belongs to in [from, to): the last one before it, else
 * (a fronted date: "At 9:30 a.m., three bombs blew apart ...") the first one after it. */
export function verbGroupOfDate(words: readonly Word[], from: number, at: number, end: number, to: number): VerbGroup | null {
  return verbGroupBefore(words, from, at) ?? firstVerbGroup(words, end, to);
}
