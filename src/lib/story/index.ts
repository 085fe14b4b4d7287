// The story stage: many articles on one story -> one timeline of its key days, each with its
// most representative sentences and where they came from. Three swappable steps over one
// preprocessed collection, as news-tls (Gholipour Ghalandari and Ifrim 2020): rank the days
// (rankDates.ts), collect each day's candidate sentences (candidates.ts), summarise each day
// (summarise.ts). Pure: no files, no clock; the publication dates come in with the articles.
import { indexCandidates } from './candidates';
import { prepareCollection, type PrepareOptions } from './collection';
import { labelFor } from './labels';
import { DEFAULT_WEIGHTS, rankDates, type Weights } from './rankDates';
import { articlesInSpan, type Span } from './scope';
import { sentencePrior } from './sentencePrior';
import { summarise } from './summarise';
import { sentenceWords } from './sentenceWords';
import { inverseFrequency, tfidf, type Vector } from './vectors';
import type { Collection, StoryArticle, StoryEntry, StoryTimeline } from './types';

export type { Collection, StoryArticle, StoryEntry, StoryTimeline, StorySource } from './types';
export { prepareCollection } from './collection';
export { detokenize, looksTokenized } from './detokenize';

export interface StoryOptions extends Span {
  /** At most this many days. */
  dates: number;
  /** At most this many sentences a day. */
  sentences: number;
  weights?: Weights;
  /** Lead sentences of a day's articles that may stand in when they name no day. */
  leadSentences?: number;
  maxWords?: number;
  redundancy?: number;
  /** Weight of the sentence's article's relevance to the story when choosing sentences. */
  relevanceWeight?: number;
  /** Weight of the sentence's own closeness to the whole story when choosing sentences. */
  storyWeight?: number;
  /** Taken off a sentence's closeness when it also names a day other than the entry's (a recap). */
  otherDaysPenalty?: number;
  /** Taken off a sentence's closeness when its article came out before the entry's day (it announced it). */
  awaitedPenalty?: number;
  /** Weight of how long after the entry's day a sentence's article came out (log of 1 + days). */
  laterWeight?: number;
  /** Added to a sentence's closeness when it opens on the entry's day ("On April 20, ..."). */
  openingWeight?: number;
  /** Weight of the share of a sentence's words that the day's sentences commonly use. */
  commonWeight?: number;
  /** Content words a day's sentences may take, on average per sentence (0: no budget). */
  wordBudget?: number;
  /** Label each quoted sentence with its single-article event (default true; off when only the text is scored). */
  labels?: boolean;
}

/** Chosen with the weights (scripts/eval-story.ts); see DEFAULT_WEIGHTS. */
export const DEFAULTS = { leadSentences: 8, maxWords: 40, redundancy: 0.5, relevanceWeight: 0.5, storyWeight: 0.2, otherDaysPenalty: 0.2, awaitedPenalty: 0.2, laterWeight: 0.04, openingWeight: 0.1, commonWeight: 0.2, wordBudget: 16 };

export function buildStory(collection: Collection, options: StoryOptions): StoryTimeline {
  const { leadSentences, maxWords, redundancy, relevanceWeight, storyWeight, otherDaysPenalty, awaitedPenalty, laterWeight, openingWeight, commonWeight, wordBudget } = { ...DEFAULTS, ...definedOnly(options) };
  const span: Span = { start: options.start, end: options.end };
  const articles = articlesInSpan(collection, span);
  const ranked = rankDates(collection, span, options.weights ?? DEFAULT_WEIGHTS);
  const candidates = indexCandidates(collection, articles, { leadSentences });
  const idf = inverseFrequency(articles.flatMap((a) => collection.articles[a].sentences.map((s) => sentenceWords(collection, s))));
  const vectors = new Map<number, Vector>();
  const vectorOf = (s: number) => vectors.get(s) ?? vectors.set(s, tfidf(sentenceWords(collection, s), idf)).get(s)!;
  const priorOf = sentencePrior(collection, articles, vectorOf, { relevanceWeight, storyWeight, otherDaysPenalty, awaitedPenalty, laterWeight, openingWeight });

  // Down the ranking until N days have something to say: a day with publications but no
  // sentence that tells of it is passed over, not printed empty.
  const timeline: StoryEntry[] = [];
  for (const { day, score } of ranked) {
    if (timeline.length >= options.dates) break;
    const pool = candidates.of(day);
    const views = pool.map((s) => ({ text: collection.sentences[s].text, vector: vectorOf(s), prior: priorOf(s, day), words: sentenceWords(collection, s) }));
    const picked = summarise(views, { sentences: options.sentences, maxWords, redundancy, commonWeight, wordBudget }).map((i) => collection.sentences[pool[i]]);
    if (picked.length === 0) continue;
    timeline.push({
      date: day,
      sentences: picked.map((s) => s.text),
      sources: picked.map((s) => ({ article: collection.articles[s.article].id, start: s.start, end: s.end })),
      labels: picked.map((s) => (options.labels === false ? null : labelFor(s, collection.articles[s.article].publishedAt, day))),
      score: Math.round(score * 1000) / 1000,
    });
  }
  return { timeline: timeline.sort((a, b) => (a.date < b.date ? -1 : 1)) };
}

/** Articles in, timeline out: prepare the collection, then build the story from it. */
export function storyOf(articles: StoryArticle[], options: StoryOptions & PrepareOptions): StoryTimeline {
  return buildStory(prepareCollection(articles, options), options);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
