// What an opened or dropped file becomes: an article to extract (.txt/.md/.html), a Newsline
// document (.json), or a TimelineJS timeline (.json with an events list of start_dates).
// Every refusal is one sentence for the user; the caller leaves the current timeline as it is.
// Must not know about components or storage; the current publication date is passed in.
import type { NewslineDocument } from '../../lib/document';
import { ingest } from '../../lib/ingest';
import { fromTimelineJs } from '../../lib/interchange';
import { readDocument } from '../../lib/validate';

/** Far above any article or timeline; a bigger file is almost surely not one, and would freeze the tab. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type Opened =
  | { kind: 'article'; text: string; title: string | null; published: string | null; url: string | null; publisher: string | null }
  | { kind: 'document'; doc: NewslineDocument; from: 'newsline' | 'timelinejs' };

const ARTICLE = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;

export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

export async function openFile(file: FileLike, published: string): Promise<Opened> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1048576).toFixed(0);
    throw new Error(`"${file.name}" is ${mb} MB; Newsline opens files up to ${MAX_FILE_BYTES / 1048576} MB (an article is rarely over 1 MB).`);
  }
  const isJson = /\.json$/i.test(file.name);
  if (!isJson && !ARTICLE.test(file.name)) {
    throw new Error(`"${file.name}" is not a file Newsline opens: use .txt, .md, .html or .json.`);
  }
  const content = await file.text();
  if (isJson) return { kind: 'document', ...readJsonTimeline(content, published) };
  const article = ingest(content, { fileName: file.name });
  if (article.text.trim() === '') throw new Error(`"${file.name}" holds no article text.`);
  return { kind: 'article', ...article };
}

/** A Newsline document, or failing that a TimelineJS file; the Newsline reason wins otherwise. */
export function readJsonTimeline(content: string, published: string): { doc: NewslineDocument; from: 'newsline' | 'timelinejs' } {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    throw new Error('This file is not valid JSON, so it is neither a Newsline document nor a TimelineJS file.');
  }
  try {
    return { doc: readDocument(value), from: 'newsline' };
  } catch (err) {
    if (looksLikeTimelineJs(value)) return { doc: fromTimelineJs(value, published), from: 'timelinejs' };
    throw err;
  }
}

function looksLikeTimelineJs(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || 'version' in v) return false;
  const events = (v as { events?: unknown }).events;
  return Array.isArray(events) && events.length > 0 && typeof events[0] === 'object' && events[0] !== null && 'start_date' in events[0];
}
