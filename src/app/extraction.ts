// Runs extraction off the main thread: a debounced request to a Web Worker, where only the
// latest request's answer (and progress) is applied (an older one that finishes late is
// dropped), so typing never waits for extraction. With the story's articles, the Worker builds
// the story document and reports progress while it reads them. Falls back to running in this
// thread, on a later tick, where Workers are missing (jsdom). Knows nothing of Svelte or of how
// results are shown.
import type { ArticleMeta, NewslineDocument, StoryArticleSpan } from '../lib/document';
import type { Progress } from './extractJob';

export type { Progress } from './extractJob';
export type ExtractResult = { ok: true; doc: NewslineDocument } | { ok: false; message: string };

export interface Extractor {
  /** With `articles` (a story's, their ranges in `text`), the story document; else one article's. */
  request(text: string, article: ArticleMeta, articles?: StoryArticleSpan[]): void;
  dispose(): void;
}

type Answer = { id: number } & (ExtractResult | { progress: Progress });

export function createExtractor(
  onResult: (r: ExtractResult) => void,
  delayMs = 250,
  onProgress?: (p: Progress) => void,
): Extractor {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The story request the Worker is reading, if any: a story of hundreds of articles takes
  // seconds, and its answer is worthless once a newer request comes, so that Worker is dropped
  // for a fresh one rather than waited for. A single article's answer is quicker than a restart.
  let storyInFlight: number | null = null;
  const spawn = (): Worker => {
    const w = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<Answer>) => {
      if (!('progress' in e.data) && e.data.id === storyInFlight) storyInFlight = null;
      if (e.data.id !== latest) return;
      if ('progress' in e.data) {
        onProgress?.(e.data.progress);
        return;
      }
      const { id: _id, ...result } = e.data;
      onResult(result as ExtractResult);
    };
    return w;
  };
  let worker: Worker | null = typeof Worker !== 'undefined' ? spawn() : null;
  const run = async (id: number, text: string, article: ArticleMeta, articles?: StoryArticleSpan[]) => {
    if (worker) {
      if (storyInFlight !== null) {
        worker.terminate();
        worker = spawn();
      }
      storyInFlight = articles?.length ? id : null;
      // plain copies: a Svelte state proxy cannot be cloned into a Worker's message
      worker.postMessage({ id, text, article, ...(articles ? { articles: articles.map((a) => ({ ...a })) } : {}) });
      return;
    }
    const { runExtraction } = await import('./extractJob');
    let result: ExtractResult;
    try {
      result = { ok: true, doc: runExtraction(text, article, articles, (p) => id === latest && onProgress?.(p)) };
    } catch (err) {
      result = { ok: false, message: (err as Error).message };
    }
    if (id === latest) onResult(result);
  };
  return {
    request(text, article, articles) {
      const id = ++latest;
      clearTimeout(timer);
      // The first request is the text the page opened with (the sample, a saved timeline, a
      // shared link), not a keystroke: nothing to wait for, so the timeline shows sooner.
      timer = setTimeout(() => void run(id, text, article, articles), id === 1 ? 0 : delayMs);
    },
    dispose() {
      clearTimeout(timer);
      worker?.terminate();
    },
  };
}
