// Step 1a: what the coverage says about each day, as numbers a ranker weighs. The signals of the
// timeline-summarisation literature (Kessler et al. 2012; Tran et al. 2013; Gholipour Ghalandari
// and Ifrim 2020): how many sentences and articles name the day (each article weighed by how
// much it is about the story), how many articles were published on it and on the day after
// (news reports yesterday), whether the day is still named a week later (it mattered) or before
// it came (it was awaited), whether leads name it, and how much was published around it. Counts are log-scaled so a ranker weighs
// ratios, which hold across small and large stories. Knows nothing of the weights.
import { dayNumber, dayOf } from './days';
import { articleRelevance } from './relevance';
import { articlesInSpan, inSpan, type Span } from './scope';
import type { Collection } from './types';

export const FEATURES = ['mentions', 'articles', 'relevant', 'published', 'publishedNext', 'later', 'awaited', 'leads', 'coverage', 'spelled'] as const;
export type Feature = (typeof FEATURES)[number];

export interface DayFeatures {
  day: string;
  values: Record<Feature, number>;
}

/** How many days after a day an article still naming it shows the day lasted. */
export const LATER_DAYS = 7;
/** Days either side of a day whose publications count as the coverage of its period. */
export const COVERAGE_DAYS = 7;
/** The first sentences of an article: where news says what happened. */
export const LEAD_SENTENCES = 3;

interface Tally {
  mentions: number;
  articles: Set<number>;
  later: Set<number>;
  awaited: Set<number>;
  leads: number;
  published: number;
  spelled: Set<number>;
}

const empty = (): Tally => ({ mentions: 0, articles: new Set(), later: new Set(), awaited: new Set(), leads: 0, published: 0, spelled: new Set() });

function tallyDays(collection: Collection, articles: number[]): Map<number, Tally> {
  const tallies = new Map<number, Tally>();
  const tally = (n: number) => tallies.get(n) ?? tallies.set(n, empty()).get(n)!;
  for (const a of articles) {
    const article = collection.articles[a];
    const published = dayNumber(article.published);
    tally(published).published++;
    for (const s of article.sentences) {
      const sentence = collection.sentences[s];
      for (const day of sentence.days) {
        const n = dayNumber(day);
        const t = tally(n);
        t.mentions++;
        t.articles.add(a);
        if (published - n >= LATER_DAYS) t.later.add(a);
        if (published < n) t.awaited.add(a);
        if (sentence.position < LEAD_SENTENCES) t.leads++;
        if (sentence.spelled?.includes(day)) t.spelled.add(a);
      }
    }
  }
  return tallies;
}

export function dayFeatures(collection: Collection, span: Span): DayFeatures[] {
  const articles = articlesInSpan(collection, span);
  const tallies = tallyDays(collection, articles);
  const relevance = articleRelevance(collection, articles);
  const log = Math.log1p;
  // publications per day, summed over a sliding window: how much the desk wrote around a day
  const published = new Map([...tallies].map(([n, t]) => [n, t.published]));
  const coverage = (n: number) => {
    let sum = 0;
    for (let d = n - COVERAGE_DAYS; d <= n + COVERAGE_DAYS; d++) sum += published.get(d) ?? 0;
    return sum;
  };
  const out: DayFeatures[] = [];
  for (const [n, t] of tallies) {
    const day = dayOf(n);
    if (!inSpan(day, span)) continue;
    let relevant = 0;
    for (const a of t.articles) relevant += relevance.get(a) ?? 0;
    out.push({
      day,
      values: {
        mentions: log(t.mentions),
        articles: log(t.articles.size),
        // relevance is a cosine, mostly 0.05..0.5: scaled so one on-topic article counts about 1
        relevant: log(10 * relevant),
        published: log(t.published),
        publishedNext: log(tallies.get(n + 1)?.published ?? 0),
        later: log(t.later.size),
        awaited: log(t.awaited.size),
        leads: log(t.leads),
        // a story's coverage comes in waves; a desk's timeline spans the quiet months too, so a
        // ranker may weigh a day against how much was written around it
        coverage: log(coverage(n)),
        spelled: log(t.spelled.size),
      },
    });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : 1));
}
