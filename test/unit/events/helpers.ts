// Handmade timexes for event tests: the events stage must not depend on the tagger's progress.
import type { Timex, TimexType } from '../../../src/lib/document';
import { analysisOf } from '../../../src/lib/analysis';
import { buildEvents } from '../../../src/lib/events';
import { withNamedActor } from '../../../src/lib/events/pronoun';

/** A timex over the first occurrence of `words` in `text`. */
export function timexOf(text: string, words: string, value: string, type: TimexType = 'DATE', mod?: string): Timex {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { start, end: start + words.length, text: words, type, value, ...(mod ? { mod } : {}) };
}

/** The label of the last sentence of `text` with its opening pronoun named from the sentences
 * before it, as buildEvents names it (pronoun.ts). */
export function namedAfterSentences(text: string, label: string): string {
  const analysis = analysisOf(text);
  const sentences = analysis.sentences;
  const before = sentences.slice(0, -1).reverse();
  return withNamedActor(text, label, () => (before[0] ? analysis.wordsOf(before[0]) : null), sentences[sentences.length - 1].start, () => before.slice(1).map((s) => analysis.wordsOf(s)));
}

/** The date words of the events `buildEvents` draws from `text` with handmade timexes
 *  ([words, value] pairs, DATE), for a story published on `published`. */
export function dateWordsWith(published: string): (text: string, timexes: [string, string][]) => (string | null)[] {
  return (text, timexes) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), published).map((e) => e.when.text);
}
