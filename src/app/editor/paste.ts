// Whether a paste into the article box is a copied page (or a good part of one), and if so the
// article in it. A browser puts `text/html` on the clipboard for every copy, even two bold
// words, so the HTML path is taken only when the markup holds several blocks of text; a copy
// from inside one paragraph stays an ordinary paste of its plain text.
// The markup is parsed by the browser's DOMParser into an inert document (no script runs,
// nothing loads) and only its text is kept. Must not know about components or the history.
import { ingest, type Ingested } from '../../lib/ingest';
import { parseHtmlBrowser } from '../../lib/ingest/dom/browser';
import { MIN_STORY_CHARS } from '../../lib/ingest/notArticle';
import { MAX_FILE_BYTES } from './open';

/** Elements that end a line of text when a page is laid out. */
const BLOCKS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE',
  'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'FIGCAPTION', 'TD', 'DD', 'DT',
]);

/** A headline and two paragraphs, or three paragraphs: less is a quote, not an article. */
export const MIN_BLOCKS = 3;

/** The blocks of `doc` that hold text of their own (not only through a nested block). */
export function textBlocks(doc: Document): number {
  let count = 0;
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    if (!BLOCKS.has(el.tagName)) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 ? /\S/.test(n.textContent ?? '') : !BLOCKS.has((n as Element).tagName) && /\S/.test(n.textContent ?? ''));
    if (own) count++;
  }
  return count;
}

/** A saved page rather than a selection: it carries the metadata a page's head does. */
const isWholePage = (doc: Document) =>
  doc.querySelector('script[type="application/ld+json"], meta[property^="og:"], meta[property^="article:"]') !== null;

/**
 * The article in a paste's HTML, or null when the paste should go in as plain text: the markup
 * is a snippet, too big to be a page, or yields less text than an article.
 */
export function articleFromPaste(html: string): Ingested | null {
  if (!html.trim() || html.length > MAX_FILE_BYTES) return null;
  const doc = parseHtmlBrowser(html);
  if (!isWholePage(doc) && textBlocks(doc) < MIN_BLOCKS) return null;
  const article = ingest(html, { kind: 'html', parseHtml: parseHtmlBrowser });
  return article.text.trim().length >= MIN_STORY_CHARS ? article : null;
}
