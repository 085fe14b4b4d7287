// Handmade timexes for event tests: the events stage must not depend on the tagger's progress.
import type { Timex, TimexType } from '../../../src/lib/document';

/** A timex over the first occurrence of `words` in `text`. */
export function timexOf(text: string, words: string, value: string, type: TimexType = 'DATE', mod?: string): Timex {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { start, end: start + words.length, text: words, type, value, ...(mod ? { mod } : {}) };
}
