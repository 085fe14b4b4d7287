// One extraction job, as the Worker (and the no-Worker fallback) runs it: one article's text ->
// its document, or, with the story's articles, the story document built from all of them, with
// progress reported on the way. Knows nothing of messages, timers or Svelte.
import type { ArticleMeta, NewslineDocument, StoryArticleSpan } from '../lib/document';
import { extract } from '../lib/extract';
import { articlesOf, STORY_DATES, STORY_SENTENCES, storyDocument } from '../lib/story/document';

export interface Progress {
  done: number;
  total: number;
}

/** The page is told at most every 2% of the work or every 100 ms, whichever comes first:
 *  enough for a bar that moves, few enough messages that a 500-article story posts ~50. */
const STEP = 0.02;
const INTERVAL_MS = 100;

export function runExtraction(
  text: string,
  article: ArticleMeta,
  articles: StoryArticleSpan[] | undefined,
  onProgress: (p: Progress) => void,
): NewslineDocument {
  if (!articles?.length) return extract(text, article);
  let last = { done: 0, at: Date.now() };
  return storyDocument(articlesOf({ text, articles }), {
    dates: STORY_DATES,
    sentences: STORY_SENTENCES,
    title: article.title,
    onProgress: (done, total) => {
      const now = Date.now();
      if (done < total && done - last.done < STEP * total && now - last.at < INTERVAL_MS) return;
      last = { done, at: now };
      onProgress({ done, total });
    },
  });
}
