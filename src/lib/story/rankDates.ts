// Step 1: rank the days of the coverage. A day's score is a weighted sum of its features
// (dateFeatures.ts); the weights are chosen on journalists' timelines (scripts/eval-story.ts,
// leave-one-topic-out on Timeline17) and kept in DEFAULT_WEIGHTS. Ties go to the earlier day,
// so a run gives the same timeline everywhere. Knows nothing of sentences or summaries.
import { dayFeatures, type DayFeatures, type Feature } from './dateFeatures';
import type { Span } from './scope';
import type { Collection } from './types';

export type Weights = Partial<Record<Feature, number>>;

/**
 * Chosen by scripts/eval-story.ts on all nine Timeline17 topics (session 16): the articles naming
 * the day, each weighed by its relevance to the story; a log-unit for each chronology of the story
 * that lists the day (a desk's factbox is its own pick of the story's days); and three quarters of
 * a log-unit of the share of the later coverage that still names it, so a day of the story's thin
 * later months that its later articles keep naming is not buried under the first weeks' flood.
 * The announced-day discount (awaited) of the previous default is no longer chosen with these.
 */
export const DEFAULT_WEIGHTS: Weights = { relevant: 1, chronology: 1, laterShare: 0.75 };

export interface RankedDay {
  day: string;
  score: number;
}

export function scoreDay(features: DayFeatures, weights: Weights): number {
  let sum = 0;
  for (const [name, w] of Object.entries(weights) as [Feature, number][]) sum += w * features.values[name];
  return sum;
}

export function rankDays(features: DayFeatures[], weights: Weights): RankedDay[] {
  return features
    .map((f) => ({ day: f.day, score: scoreDay(f, weights) }))
    .sort((a, b) => b.score - a.score || (a.day < b.day ? -1 : 1));
}

export function rankDates(collection: Collection, span: Span, weights: Weights = DEFAULT_WEIGHTS): RankedDay[] {
  return rankDays(dayFeatures(collection, span), weights);
}
