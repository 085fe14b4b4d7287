// The extraction Web Worker: one message in ({id, text, article, articles?}); progress messages
// ({id, progress: {done, total}}) while a story is read; one answer out ({id, doc} or
// {id, message}). Keeps the tagger's work, a whole story's included, off the page's main thread.
import type { ArticleMeta, StoryArticleSpan } from '../lib/document';
import { runExtraction } from './extractJob';

type Request = { id: number; text: string; article: ArticleMeta; articles?: StoryArticleSpan[] };

self.onmessage = (e: MessageEvent<Request>) => {
  const { id, text, article, articles } = e.data;
  try {
    const doc = runExtraction(text, article, articles, (progress) => self.postMessage({ id, progress }));
    self.postMessage({ id, ok: true, doc });
  } catch (err) {
    self.postMessage({ id, ok: false, message: (err as Error).message });
  }
};
