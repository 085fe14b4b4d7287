// What a sentence's place says before its closeness to the day is weighed: added to that
// closeness when a day's sentences are chosen (summarise.ts). Six signals: how much its
// article is about the story (a keyword-gathered folder holds strays), how close the sentence
// itself is to the whole story (an on-story article still has asides: a museum's report in a
// war's coverage), whether it also names other days (a recap "since Tuesday, when the
// protests began" tells of several days and of none well), and whether its article came out
// before the day (it announces what was due — "ministers will meet on Friday" — where a timeline
// entry tells what happened; such a sentence stands in only when no report of the day is left),
// how long after the day its article came out (a later report writes the day as a whole, "an
// explosion on the Deepwater Horizon rig killed 11 workers", where the day's own copy tells its
// latest hour), and whether it opens on the day ("On April 20, ...", a chronology's "April 23 -
// The Coast Guard suspends ..."): the day is then its main clause's, not a background's.
// Knows nothing of how days are ranked.
import { dayNumber } from './days';
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
  /** Weight of log(1 + days from the entry's day to the article's publication), when it came out after. */
  laterWeight?: number;
  /** Added when the sentence opens on the entry's day (0 when not given). */
  openingWeight?: number;
}

/** (sentence, day) -> prior, for the given articles; `vectorOf` gives a sentence's TF-IDF vector. */
export function sentencePrior(collection: Collection, articles: number[], vectorOf: (s: number) => Vector, options: PriorOptions): (s: number, day: string) => number {
  const { relevanceWeight, storyWeight, otherDaysPenalty, awaitedPenalty = 0, laterWeight = 0, openingWeight = 0 } = options;
  const relevance = relevanceWeight ? articleRelevance(collection, articles) : new Map<number, number>();
  let story: Vector | null = null;
  // the story is what its articles share: the centroid of each article's summed sentence vectors
  const storyOf = () => (story ??= centroid(articles.map((a) => articleVector(collection, a, vectorOf))));
  return (s, day) => {
    const sentence = collection.sentences[s];
    let prior = relevanceWeight * (relevance.get(sentence.article) ?? 0);
    if (storyWeight) prior += storyWeight * dot(vectorOf(s), storyOf());
    if (sentence.days.some((d) => d !== day)) prior -= otherDaysPenalty;
    const published = collection.articles[sentence.article].published;
    if (awaitedPenalty && published < day) prior -= awaitedPenalty;
    if (laterWeight && published > day) prior += laterWeight * Math.log1p(dayNumber(published) - dayNumber(day));
    if (openingWeight && sentence.opens?.includes(day)) prior += openingWeight;
    return prior;
  };
}

function articleVector(collection: Collection, a: number, vectorOf: (s: number) => Vector): Vector {
  const sum: Vector = new Map();
  for (const s of collection.articles[a].sentences) for (const [w, x] of vectorOf(s)) sum.set(w, (sum.get(w) ?? 0) + x);
  return normalise(sum);
}
