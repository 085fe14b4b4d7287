// Step 2: the sentences that may tell what happened on a day. Those that name the day (tagged to
// it, whatever the wording: "on Tuesday", "April 22", "yesterday"), and — as news-tls's
// PM collector (Gholipour Ghalandari and Ifrim 2020) — the lead sentences that name no day of
// articles published that day or the day after, since news reports the latest happening first.
// Knows nothing of how a day was chosen or how its sentences are summarised.
import { dayNumber, dayOf } from './days';
import type { Collection } from './types';

export interface CandidateOptions {
  /** How many lead sentences of an article published on the day (or the next) may stand in. */
  leadSentences: number;
}

export interface CandidateIndex {
  /** Sentence indices for a day: those naming it first, then undated leads. */
  of(day: string): number[];
}

export function indexCandidates(collection: Collection, articles: number[], options: CandidateOptions): CandidateIndex {
  const named = new Map<string, number[]>();
  const leads = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, day: string, s: number) => (map.get(day) ?? map.set(day, []).get(day)!).push(s);
  for (const a of articles) {
    const article = collection.articles[a];
    const published = dayNumber(article.published);
    for (const s of article.sentences) {
      const sentence = collection.sentences[s];
      for (const day of sentence.days) push(named, day, s);
      if (sentence.days.length === 0 && sentence.position < options.leadSentences) {
        push(leads, article.published, s);
        push(leads, dayOf(published - 1), s);
      }
    }
  }
  return { of: (day) => [...(named.get(day) ?? []), ...(leads.get(day) ?? [])] };
}
