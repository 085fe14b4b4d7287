// Where else a story's event was reported: besides the sentences a day's entry quotes, the other
// sentences of the coverage that name the same day and say much the same thing (most of their
// content words shared, weighed by TF-IDF over the collection's sentences). The same happening
// is told by many articles in different words; listing them lets a reader see which articles
// carried it, and how widely. A cheap cosine, no language model. Knows nothing of how days were
// ranked or sentences chosen, nor of the document's offsets.
import { labelFaults, type Fault } from './entryLabel';
import { sentenceWords } from './sentenceWords';
import { dot, inverseFrequency, tfidf, type Vector } from './vectors';
import type { Collection } from './types';

export interface CorroborationOptions {
  /** Least cosine with one of the quoted sentences for a sentence to count as the same report. */
  similarity: number;
  /** At most this many sentences an event, the quoted ones included. */
  cap: number;
  /** Least number of content words (not the date's) a report shares with the quoted sentence. */
  shared?: number;
}

// Every candidate names the same day, so the words of the date say nothing of whether two
// sentences tell the same happening; left in, they made a blog's comment stamps ("February 24,
// 2011 03:32 pm") look like the day's report. Days of the month and years go; other numbers
// (tolls, counts) stay.
const DATE_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|pm|am|et|gmt|edt|est|bst|utc|local|\d{1,2}|1[89]\d\d|20\d\d)$/;

/** Chosen by reading Timeline17's libya and bpoil pairs, then egypt and haiti (see the reports
 *  of the commits). Two short sentences can pass the cosine on one or two rare words ("Today is
 *  a new day" beside an anchor's "today ... on this day"; two blog comments by one reader): a
 *  report of the same happening names at least who, what and one thing more, so three shared
 *  content words besides the date's. */
export const CORROBORATION: CorroborationOptions = { similarity: 0.5, cap: 12, shared: 3 };

// A question asks about the happening and a page's or show's furniture ("coming up", "click
// here") speaks of itself: neither reports it, whatever words they share with it.
const NOT_A_REPORT = new Set<Fault>(['question', 'furniture']);

/** For a collection: (day, quoted sentence indices) -> the quoted ones, then the sentences
 *  naming that day most like one of them, best first, within the cap. */
export function corroboration(collection: Collection, options: CorroborationOptions = CORROBORATION) {
  const byDay = new Map<string, number[]>();
  collection.sentences.forEach((s, i) => {
    for (const day of s.days) (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(i);
  });
  const words = (s: number) => sentenceWords(collection, s).filter((w) => !DATE_WORD.test(w));
  const idf = inverseFrequency(collection.sentences.map((_, i) => words(i)));
  const shares = (a: number, b: number) => {
    const mine = new Set(words(a));
    return new Set(words(b).filter((w) => mine.has(w))).size >= (options.shared ?? 3);
  };
  const vectors = new Map<number, Vector>();
  const vectorOf = (s: number) => vectors.get(s) ?? vectors.set(s, tfidf(words(s), idf)).get(s)!;

  return (day: string, quoted: number[]): { sentence: number; similarity: number }[] => {
    const own = new Set(quoted);
    // One sentence repeated word for word (a wire copy, a site's boilerplate) counts once an
    // article: what the reader follows is which articles carried the report.
    const seen = new Set(quoted.map((s) => `${collection.sentences[s].article}:${collection.sentences[s].text}`));
    const scored = (byDay.get(day) ?? [])
      .filter((s) => !own.has(s))
      .map((s) => ({ sentence: s, similarity: Math.max(...quoted.filter((q) => shares(q, s)).map((q) => dot(vectorOf(q), vectorOf(s)))) }))
      .filter((c) => c.similarity >= options.similarity && !labelFaults(collection.sentences[c.sentence].text).some((f) => NOT_A_REPORT.has(f)))
      .sort((a, b) => b.similarity - a.similarity || a.sentence - b.sentence);
    const out = quoted.map((s) => ({ sentence: s, similarity: 1 }));
    for (const c of scored) {
      if (out.length >= options.cap) break;
      const key = `${collection.sentences[c.sentence].article}:${collection.sentences[c.sentence].text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
    return out;
  };
}
