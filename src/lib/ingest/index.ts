// Ingest: an article as a user gives it (plain text, Markdown or a saved HTML page) ->
// `{title, published, url, publisher, text}`. Runs in Node and the browser alike (no node-only
// imports). Must not know about temporal tagging or events.
import { ingestHtml } from './html';
import { ingestMarkdown } from './markdown';
import type { Ingested, InputKind, ParseHtml } from './types';

export type { Ingested, InputKind, ParseHtml, PublishedFrom } from './types';
export { furnitureSpans, isFurnitureLine } from './furniture';
export { normalisePublished } from './meta/published';

export interface IngestOptions {
  kind?: InputKind;
  fileName?: string;
  /** Where the page was fetched from, when known: a date in its path is a clue. */
  url?: string | null;
  /** How markup becomes a DOM: `dom/browser.ts` in the app, `dom/node.ts` in Node. */
  parseHtml?: ParseHtml;
}

const HTML_EXT = /\.(?:x?html?|shtml|php|aspx?)$/i;
const MD_EXT = /\.(?:md|markdown|mdown|mkd)$/i;
const TEXT_EXT = /\.(?:txt|text)$/i;
// Looked for in the first kilobytes only: a page announces itself at the top.
const HTML_START = /^(?:\uFEFF)?\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--|<meta[\s>])/i;
const HTML_TAGS = /<(?:article|p|div|body|main|h1)[\s>]/i;
const MD_START = /^(?:\uFEFF)?(?:---[ \t]*\r?\n|#{1,6} \S)/;

/** The input's kind from the file name, else from how the content begins. */
export function sniffKind(input: string, fileName?: string): InputKind {
  if (fileName) {
    if (HTML_EXT.test(fileName)) return 'html';
    if (MD_EXT.test(fileName)) return 'markdown';
    if (TEXT_EXT.test(fileName)) return 'text';
  }
  const head = input.slice(0, 4096);
  if (HTML_START.test(head) || (head.trimStart().startsWith('<') && HTML_TAGS.test(head))) return 'html';
  if (MD_START.test(head)) return 'markdown';
  return 'text';
}

export function ingest(input: string, options: IngestOptions = {}): Ingested {
  const kind = options.kind ?? sniffKind(input, options.fileName);
  if (kind === 'html') return ingestHtml(input, options);
  if (kind === 'markdown') return ingestMarkdown(input);
  // Plain text is kept byte for byte: offsets must index the file the user has.
  return { title: null, published: null, publishedFrom: null, url: null, publisher: null, text: input };
}
