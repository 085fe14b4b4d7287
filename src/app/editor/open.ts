// What an opened or dropped file becomes: an article to extract (.txt/.md/.html), a Newsline
// document (.json), or a TimelineJS timeline (.json with an events list of start_dates).
// Every refusal is one sentence for the user, naming what the file is rather than what it is
// not; the caller leaves the current timeline as it is.
// Must not know about components or storage; the current publication date is passed in.
// A page's markup goes to the browser's DOMParser, whose documents are inert (no script runs,
// nothing loads); nothing from the page is ever rendered as markup.
import type { NewslineDocument } from '../../lib/document';
import { ingest, type Ingested } from '../../lib/ingest';
import { parseHtmlBrowser } from '../../lib/ingest/dom/browser';
import { MIN_STORY_CHARS, binaryKind } from '../../lib/ingest/notArticle';
import { fromTimelineJs } from '../../lib/interchange';
import { readDocument } from '../../lib/validate';

/** Far above any article or timeline; a bigger file is almost surely not one, and would freeze the tab. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;


export type Opened =
  | ({ kind: 'article' } & Ingested)
  | { kind: 'document'; doc: NewslineDocument; from: 'newsline' | 'timelinejs' };

const ARTICLE = /\.(?:txt|text|md|markdown|html?|xhtml)$/i;
const HTML = /\.(?:x?html?)$/i;

/** Kinds people drop by mistake, named so the message can say what the file is. */
const KNOWN_OTHERS: [RegExp, string][] = [
  [/\.pdf$/i, 'a PDF'],
  [/\.(?:png|jpe?g|gif|webp|avif|svg|heic|bmp|tiff?)$/i, 'an image'],
  [/\.(?:docx?|odt|rtf|pages)$/i, 'a word-processor document'],
  [/\.(?:mhtml?|webarchive)$/i, 'a web archive'],
];
const WHAT_OPENS = 'Newsline opens an article as .txt, .md or a saved web page (.html), and a timeline as .json';

/** A file refused for what it is; its message names the file and is shown as it stands. */
export class Refusal extends Error {}

export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

const megabytes = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export async function openFile(file: FileLike, published: string): Promise<Opened> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Refusal(`"${file.name}" is ${megabytes(file.size)} MB; Newsline opens files up to ${MAX_FILE_BYTES / 1048576} MB (an article is rarely over 1 MB).`);
  }
  const isJson = /\.json$/i.test(file.name);
  if (!isJson && !ARTICLE.test(file.name)) {
    const known = KNOWN_OTHERS.find(([ext]) => ext.test(file.name));
    throw new Refusal(known
      ? `"${file.name}" is ${known[1]}; ${WHAT_OPENS}.`
      : `"${file.name}" is not a file Newsline opens: use .txt, .md, .html or .json.`);
  }
  if (file.size === 0) throw new Refusal(`"${file.name}" is empty.`);
  const content = await file.text();
  const binary = binaryKind(content);
  if (binary) throw new Refusal(`"${file.name}" is ${binary}, not text, whatever its name says; ${WHAT_OPENS}.`);
  if (isJson) return { kind: 'document', ...readJsonTimeline(content, published) };
  const article = ingest(content, { fileName: file.name, parseHtml: parseHtmlBrowser });
  const chars = article.text.trim().length;
  if (chars === 0) throw new Refusal(`"${file.name}" holds no article text.`);
  if (HTML.test(file.name) && chars < MIN_STORY_CHARS) {
    throw new Refusal(`"${file.name}" does not look like an article: it holds only ${chars} characters of story text, as a home page or a list of links would; save the article's own page and open that.`);
  }
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
