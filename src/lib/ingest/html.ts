// A saved news page (HTML) -> metadata and the story as plain paragraphs. The markup is
// parsed into an inert DOM by the ParseHtml the caller gives (the browser's DOMParser or
// linkedom): nothing in it is executed or loaded. The metadata is read from the whole page
// first; the body extraction then prunes and rewrites its own copy.
// Must not know about dates in the prose, sentences or events.
import { storyText } from './body';
import { parseHtmlBrowser } from './dom/browser';
import { dropCode } from './dom/dropCode';
import { closeOpenTitle } from './dom/unclosedTitle';
import { readPageMeta } from './meta';
import { visibleText } from './meta/region';
import { stampAboveStory } from './meta/storyStamp';
import type { Ingested, ParseHtml } from './types';

const VISIBLE_TEXT = 30_000;

export interface HtmlOptions {
  url?: string | null;
  parseHtml?: ParseHtml;
}

export function ingestHtml(html: string, options: HtmlOptions = {}): Ingested {
  // The browser's parser unless the caller brings one (Node has none: dom/node.ts).
  const parse = options.parseHtml ?? parseHtmlBrowser;
  const markup = closeOpenTitle(dropCode(html));
  const doc = parse(markup);
  const meta = readPageMeta(doc, options.url ?? null, html);
  // a page nothing else dates: the stamp a reader sees right above the story (read before the
  // body's extraction rewrites the document)
  const visible = meta.published ? '' : visibleText(doc, VISIBLE_TEXT);
  const text = storyText(doc, { title: meta.title, reparse: () => parse(markup) });
  const stamp = visible ? stampAboveStory(visible, text) : null;
  if (stamp) return { ...meta, published: stamp, publishedFrom: 'dateline', text };
  return { ...meta, text };
}
