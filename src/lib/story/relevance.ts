// How much each article is about the story: the cosine between its TF-IDF vector and the
// centroid of all the articles read. A folder gathered by keyword holds strays (Timeline17's
// Syria folder has a horse race); their dates should weigh less than the story's own.
// Knows nothing of dates.
import { sentenceWords } from './sentenceWords';
import { centroid, dot, inverseFrequency, tfidf } from './vectors';
import type { Collection } from './types';

/** Article index -> relevance in 0..1, for the given articles. */
export function articleRelevance(collection: Collection, articles: number[]): Map<number, number> {
  const words = articles.map((a) => collection.articles[a].sentences.flatMap((s) => sentenceWords(collection, s)));
  const idf = inverseFrequency(words);
  const vectors = words.map((w) => tfidf(w, idf));
  const story = centroid(vectors);
  return new Map(articles.map((a, i) => [a, Math.max(0, dot(vectors[i], story))]));
}
