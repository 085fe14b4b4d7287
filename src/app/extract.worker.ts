// The extraction Web Worker: one message in ({id, text, article}), one out ({id, doc} or
// {id, message}). Keeps the tagger's work off the page's main thread.
import { extract } from '../lib/extract';

self.onmessage = (e: MessageEvent<{ id: number; text: string; article: Parameters<typeof extract>[1] }>) => {
  const { id, text, article } = e.data;
  try {
    self.postMessage({ id, ok: true, doc: extract(text, article) });
  } catch (err) {
    self.postMessage({ id, ok: false, message: (err as Error).message });
  }
};
