// Step 0 of a story: every article's dates tagged (the single-article pipeline's tagger,
// against the article's publication date), cut into sentences, each sentence with the days it
// names. Events are not built here: they cost six times the tagging on a long folder and only
// the few sentences a timeline quotes need one (labels.ts). The three steps after this
// (rank dates, collect candidates, summarise) read only this collection. Knows nothing of files,
// folders or the clock; an article's date always comes in with it.
import type { Timex } from '../document';
import { parsePublished, tagTimexes } from '../temporal';
import { splitSentences } from '../events/sentences';
import type { Collection, StoryArticle, StorySentence } from './types';
import { dayOfValue } from './days';
import { entryText, furnitureOf, reportingEnd, stampSpans } from './reporting';

// A day written out with its month (a name, or digits with a separator): the writer looked the
// date up, which news does for the days that matter, while "on Tuesday" is the daily report's.
const SPELLED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b|\d{1,4}[/.-]\d{1,2}/i;
// What may stand before a date that opens its sentence's main clause: a bullet or quote mark, a
// preposition of time, a connective ("On April 20, an explosion ...", "* April 23 - The Coast Guard
// suspends ...", "Then on Tuesday the army ..."). "Since", "until" and "by" are left out: they
// open on a span's bound or a deadline, the background of what the sentence tells.
const OPENING = /^[\W_]*(?:(?:and|but|then|also|early|late|later|on|in|at|from|during|over)\b[\s,]*){0,3}(?:the\s+)?$/i;

export interface PrepareOptions {
  /** Called after each article (done, total), so a caller can show progress. */
  onProgress?: (done: number, total: number) => void;
  /** Given each article's tagged dates (its own offsets), so a caller that keeps them (the story
   *  document) does not tag every article a second time. */
  onTagged?: (article: number, timexes: Timex[]) => void;
}

export function prepareCollection(articles: StoryArticle[], options: PrepareOptions = {}): Collection {
  const collection: Collection = { articles: [], sentences: [] };
  for (const [i, article] of articles.entries()) {
    // Added first, then handed on: an optional call would skip its arguments when none is given.
    const tagged = addArticle(collection, article);
    options.onTagged?.(i, tagged);
    options.onProgress?.(i + 1, articles.length);
  }
  return collection;
}

/** Adds the article's sentences to the collection; gives back the dates it tagged. */
function addArticle(collection: Collection, article: StoryArticle): Timex[] {
  if (!parsePublished(article.published)) throw new Error(`invalid publication date: ${article.published}`);
  const tagged = tagTimexes(article.text, article.published);
  const index = collection.articles.length;
  const kept: number[] = [];
  const stamps = stampSpans(article.text);
  const timexes = tagged
    .filter((t) => !stamps.some((s) => t.start >= s.start && t.start < s.end))
    .map((t) => ({ start: t.start, text: t.text, day: t.type === 'DATE' || t.type === 'TIME' ? dayOfValue(t.value) : null, spelled: SPELLED.test(t.text) }))
    .filter((t): t is { start: number; text: string; day: string; spelled: boolean } => t.day !== null);
  const end = reportingEnd(article.text);
  const furniture = furnitureOf(article.text);
  let position = 0;
  for (const span of splitSentences(article.text)) {
    if (span.start >= end) break;
    if (furniture.some((f) => span.start < f.end && f.start < span.end)) continue;
    const text = entryText(article.text.slice(span.start, Math.min(span.end, end)));
    if (!text) continue;
    const own = timexes.filter((t) => t.start >= span.start && t.start < span.end);
    const days = [...new Set(own.map((t) => t.day))];
    const spelled = [...new Set(own.filter((t) => t.spelled).map((t) => t.day))];
    const opens = [...new Set(own.filter((t) => opensOn(text, t.text)).map((t) => t.day))];
    const sentence: StorySentence = { article: index, position: position++, start: span.start, end: span.end, text, days, spelled, ...(opens.length ? { opens } : {}) };
    kept.push(collection.sentences.length);
    collection.sentences.push(sentence);
  }
  collection.articles.push({ id: article.id, published: article.published.slice(0, 10), publishedAt: article.published, sentences: kept });
  return tagged;
}

/** Whether the sentence's text opens on the date written `mention` (only a bullet, a preposition of
 *  time or a connective before it). */
export function opensOn(text: string, mention: string): boolean {
  const at = text.indexOf(mention);
  return at >= 0 && at <= 40 && OPENING.test(text.slice(0, at));
}
