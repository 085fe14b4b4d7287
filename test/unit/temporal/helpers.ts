import type { Timex } from '../../../src/lib/document';
import { tagTimexes } from '../../../src/lib/temporal/index';

/** The timex tagged on exactly `words` in `sentence`, without offsets (for case tables). */
export function tagged(sentence: string, published: string, words: string): Omit<Timex, 'start' | 'end'> | undefined {
  const found = tagTimexes(sentence, published).find((t) => t.text === words);
  if (!found) return undefined;
  const { start: _start, end: _end, ...rest } = found;
  return rest;
}
