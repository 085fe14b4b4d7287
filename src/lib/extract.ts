// The whole pipeline for text already ingested: tag dates, then find events. Pure and
// synchronous (the app runs it in a Worker on every edit, the CLI once). Must not read the
// clock: the publication date comes in with the article. The text is analysed once
// (sentences, words) and both stages read that analysis.
import { analysisOf } from './analysis';
import { readsAsEnglish } from './analysis/language';
import { DOCUMENT_VERSION, type ArticleMeta, type NewslineDocument } from './document';
import { buildEvents } from './events';
import { parsePublished, tagTimexes } from './temporal';

export function extract(text: string, article: ArticleMeta): NewslineDocument {
  if (!parsePublished(article.published)) throw new Error(`invalid publication date: ${article.published}`);
  const analysis = analysisOf(text); // the tagger's splitPieces(text) reads this same value
  const timexes = tagTimexes(text, article.published);
  return {
    version: DOCUMENT_VERSION,
    article: { ...article },
    text,
    timexes,
    // The events stage reads English clauses: on a French or Japanese page it would make events
    // of numbers and stray English words. The dates found stay; the app says why none are drawn.
    // (the publisher names a page's own "we": "We reported on Monday ..." is the newsroom's)
    events: readsAsEnglish(text) ? buildEvents(text, timexes, article.published, analysis, article.publisher ?? null) : [],
  };
}
