// Runs extraction off the main thread: a debounced request to a Web Worker, where only the
// latest request's answer is applied (an older one that finishes late is dropped), so typing
// never waits for extraction. Falls back to running in this thread, on a later tick, where
// Workers are missing (jsdom). Knows nothing of Svelte or of how results are shown.
import type { ArticleMeta, NewslineDocument } from '../lib/document';

export type ExtractResult = { ok: true; doc: NewslineDocument } | { ok: false; message: string };

export interface Extractor {
  request(text: string, article: ArticleMeta): void;
  dispose(): void;
}

export function createExtractor(onResult: (r: ExtractResult) => void, delayMs = 250): Extractor {
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let worker: Worker | null = null;
  if (typeof Worker !== 'undefined') {
    worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number } & ExtractResult>) => {
      if (e.data.id !== latest) return;
      const { id: _id, ...result } = e.data;
      onResult(result as ExtractResult);
    };
  }
  const run = async (id: number, text: string, article: ArticleMeta) => {
    if (worker) {
      worker.postMessage({ id, text, article });
      return;
    }
    const { extract } = await import('../lib/extract');
    let result: ExtractResult;
    try {
      result = { ok: true, doc: extract(text, article) };
    } catch (err) {
      result = { ok: false, message: (err as Error).message };
    }
    if (id === latest) onResult(result);
  };
  return {
    request(text, article) {
      const id = ++latest;
      clearTimeout(timer);
      timer = setTimeout(() => void run(id, text, article), delayMs);
    },
    dispose() {
      clearTimeout(timer);
      worker?.terminate();
    },
  };
}
