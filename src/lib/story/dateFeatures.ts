// Step 1a: what the coverage says about each day, as numbers a ranker weighs. The signals of the
// timeline-summarisation literature (Kessler et al. 2012; Tran et al. 2013; Gholipour Ghalandari
// and Ifrim 2020): how many sentences and articles name the day (each article weighed by how
// much it is about the story), how many articles were published on it and on the day after
// (news reports yesterday), whether the day is still named a week later (it mattered) or before
// it came (it was awaited), whether leads name it, and how much was published around it. Counts are log-scaled so a ranker weighs
// ratios, which hold across small and large stories. Two more from how a desk looks back on its
// story: the chronologies it publishes (a factbox's "Feb. 24 - Rebels take Misrata" lines) and the
// share of what it wrote a week or more later that still names the day. Knows nothing of the weights.
import { dayNumber, dayOf } from './days';
import { articleRelevance } from './relevance';
import { articlesInSpan, inSpan, type Span } from './scope';
import type { Collection } from './types';

export const FEATURES = ['mentions', 'articles', 'relevant', 'published', 'publishedNext', 'later', 'awaited', 'leads', 'coverage', 'spelled', 'chronology', 'laterShare'] as const;
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
/** Past days, each written out with its month and opening a sentence, that make an article a
 *  chronology of the story: a factbox lists many; a report that opens a few of its sentences on a
 *  date ("On April 20, ...") does not. */
export const CHRONOLOGY_DAYS = 6;
/** The fewest later articles a share of them is read against: a day in the coverage's last week
 *  has few articles after it, and one of two naming it says little. */
export const LATER_FLOOR = 10;

interface Tally {
  mentions: number;
  articles: Set<number>;
  later: Set<number>;
  awaited: Set<number>;
  leads: number;
  published: number;
  spelled: Set<number>;
  chronologies: number;
}

const empty = (): Tally => ({ mentions: 0, articles: new Set(), later: new Set(), awaited: new Set(), leads: 0, published: 0, spelled: new Set(), chronologies: 0 });

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
    const listed = chronologyDays(collection, a);
    if (listed.length >= CHRONOLOGY_DAYS) for (const day of listed) tally(dayNumber(day)).chronologies++;
  }
  return tallies;
}

/** The past days an article's sentences open on, written out with their month: a chronology's
 *  lines ("Feb. 26 - The U.N. Security Council imposes sanctions ..."). A radio schedule's "At 3pm"
 *  lines open on the day of writing, not spelled out, and a list of coming fixtures lies ahead of
 *  it: neither looks back on the story. */
export function chronologyDays(collection: Collection, a: number): string[] {
  const article = collection.articles[a];
  const days = new Set<string>();
  for (const s of article.sentences) {
    const sentence = collection.sentences[s];
    for (const day of sentence.opens ?? []) if (day < article.published && sentence.spelled?.includes(day)) days.add(day);
  }
  return [...days];
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
  // articles published LATER_DAYS or more after a day: what the desk wrote once the day was past
  const days = articles.map((a) => dayNumber(collection.articles[a].published)).sort((x, y) => x - y);
  const writtenAfter = (n: number) => days.length - firstAtOrAfter(days, n + LATER_DAYS);
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
        // how many of the story's chronologies list the day
        chronology: log(t.chronologies),
        // the share of the later coverage that still names the day (0 at most): a story's later
        // weeks are thinner than its first, and a day its thin later coverage keeps naming (a
        // leader killed in the war's eighth month) mattered as much as a first week's day that a
        // flood of later articles names as often
        laterShare: log(t.later.size) - log(Math.max(writtenAfter(n), LATER_FLOOR)),
      },
    });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : 1));
}

/** Index of the first number in ascending `sorted` that is >= n (sorted.length when none). */
function firstAtOrAfter(sorted: number[], n: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
