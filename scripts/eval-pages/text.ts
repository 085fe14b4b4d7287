// Markup -> plain text the way a reader sees it: block elements start new lines, scripts,
// styles and templates say nothing. For turning an extractor's HTML output (the silver body)
// into text that tokenises like the page reads. Knows nothing of Newsline's own ingest.
import { parseHtmlNode } from '../../src/lib/ingest/dom/node';

const BLOCK = new Set(
  'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul'.split(' '),
);
const SILENT = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** The text of an HTML fragment or page, one line per block, whitespace collapsed. */
export function htmlToText(html: string): string {
  const doc = parseHtmlNode(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SILENT.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) parts.push('\n');
  };
  walk(doc.body);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
