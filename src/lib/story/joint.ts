// The joint text of a story's articles and their ranges in it: how a story document keeps
// several articles in one text. Its own module, importing nothing but types, so the page's main
// thread and the reader's embed can list articles and find a sentence's article without loading
// the story and tagging pipeline (document.ts, which builds the story in the worker).
// Pure; knows nothing of components.
import type { NewslineDocument, StoryArticleSpan } from '../document';
import type { StoryArticle } from './types';

/** Between two articles in the joint text: a paragraph break, so no sentence runs across. */
export const ARTICLE_BREAK = '\n\n';
const BETWEEN = ARTICLE_BREAK;

export function joinArticles(articles: StoryArticle[]): { text: string; articles: StoryArticleSpan[] } {
  const spans: StoryArticleSpan[] = [];
  const used = new Set<string>();
  let offset = 0;
  for (const a of articles) {
    let id = a.id;
    for (let k = 2; used.has(id); k++) id = `${a.id} #${k}`;
    used.add(id);
    if (spans.length) offset += BETWEEN.length;
    spans.push({
      id, title: a.title ?? null, published: a.published, url: a.url ?? null, publisher: a.publisher ?? null,
      start: offset, end: offset + a.text.length,
    });
    offset += a.text.length;
  }
  return { text: articles.map((a) => a.text).join(BETWEEN), articles: spans };
}

export function articlesOf(doc: Pick<NewslineDocument, 'text' | 'articles'>): StoryArticle[] {
  return (doc.articles ?? []).map((a) => ({
    id: a.id, text: doc.text.slice(a.start, a.end), published: a.published, title: a.title, url: a.url, publisher: a.publisher,
  }));
}

/** The article an offset falls in (ranges are in order: a binary search), or null. */
export function articleAt(articles: readonly StoryArticleSpan[] | undefined, offset: number): StoryArticleSpan | null {
  if (!articles) return null;
  let [lo, hi] = [0, articles.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const a = articles[mid];
    if (offset < a.start) hi = mid - 1;
    else if (offset >= a.end) lo = mid + 1;
    else return a;
  }
  return null;
}
