// What a sentence's place says before its closeness to the day is weighed: added to that
// closeness when a day's sentences are chosen (summarise.ts). Four signals: how much its
// article is about the story (a keyword-gathered folder holds strays), how close the sentence
// itself is to the whole story (an on-story article still has asides: a museum's report in a
// war's coverage), whether it also names other days (a recap "since Tuesday, when the
// protests began" tells of several days and of none well), and whether its article came out
// before the day (it announces what was due — "ministers will meet on Friday" — where a timeline
// entry tells what happened; such a sentence stands in only when no report of the day is left).
// Knows nothing of how days are ranked.
import { articleRelevance } from './relevance';
import { centroid, dot, normalise, type Vector } from './vectors';
import type { Collection } from './types';

export interface PriorOptions {
  /** Weight of the sentence's article's relevance to the story. */
  relevanceWeight: number;
  /** Weight of the sentence's own closeness to the story (its words against every article's). */
  storyWeight: number;
  /** Taken off when the sentence also names a day other than the entry's. */
  otherDaysPenalty: number;
  /** Taken off when the sentence's article was published before the entry's day (0 when not given). */
  awaitedPenalty?: number;
}

/** (sentence, day) -> prior, for the given articles; `vectorOf` gives a sentence's TF-IDF vector. */
export function sentencePrior(collection: Collection, articles: number[], vectorOf: (s: number) => Vector, options: PriorOptions): (s: number, day: string) => number {
  const { relevanceWeight, storyWeight, otherDaysPenalty, awaitedPenalty = 0 } = options;
  const relevance = relevanceWeight ? articleRelevance(collection, articles) : new Map<number, number>();
  let story: Vector | null = null;
  // the story is what its articles share: the centroid of each article's summed sentence vectors
  const storyOf = () => (story ??= centroid(articles.map((a) => articleVector(collection, a, vectorOf))));
  return (s, day) => {
    const sentence = collection.sentences[s];
    let prior = relevanceWeight * (relevance.get(sentence.article) ?? 0);
    if (storyWeight) prior += storyWeight * dot(vectorOf(s), storyOf());
    if (sentence.days.some((d) => d !== day)) prior -= otherDaysPenalty;
    if (awaitedPenalty && collection.articles[sentence.article].published < day) prior -= awaitedPenalty;
    return prior;
  };
}

function articleVector(collection: Collection, a: number, vectorOf: (s: number) => Vector): Vector {
  const sum: Vector = new Map();
  for (const s of collection.articles[a].sentences) for (const [w, x] of vectorOf(s)) sum.set(w, (sum.get(w) ?? 0) + x);
  return normalise(sum);
}
