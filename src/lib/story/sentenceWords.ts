// The content words of a collection's sentences, worked out once per sentence: ranking days,
// weighing articles and summarising days all read them, for every timeline asked of the same
// collection. Knows nothing of what the words are used for.
import { contentWords } from './words';
import type { Collection } from './types';

const cache = new WeakMap<Collection, Map<number, string[]>>();

export function sentenceWords(collection: Collection, s: number): string[] {
  const own = cache.get(collection) ?? cache.set(collection, new Map()).get(collection)!;
  return own.get(s) ?? own.set(s, contentWords(collection.sentences[s].text)).get(s)!;
}
