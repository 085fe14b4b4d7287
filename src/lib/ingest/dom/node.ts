// A page's markup -> a DOM Document in Node, by linkedom: a light DOM over htmlparser2 that
// Readability runs on. Nothing is fetched or executed: linkedom has no script engine and
// loads no resources. For the CLI, the tests and the measuring scripts; the app uses
// `browser.ts` and never bundles this file.
import { DOMParser } from 'linkedom';
import type { ParseHtml } from '../types';

const parser = new DOMParser();
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);
// what may stand in <head>; anything else there opens the body (HTML5's "in head" mode)
const HEAD_CONTENT = new Set([...HEAD_ONLY, 'style', 'script', 'noscript', 'template', 'basefont', 'bgsound']);

/**
 * linkedom builds the tree as written, without the HTML5 rules that imply <html>, <head>
 * and <body>: a fragment or a page without a <body> tag would leave the story outside
 * `document.body`. Those rules are applied here for the cases real pages and pastes have.
 */
export const parseHtmlNode: ParseHtml = (html) => {
  const wrapped = /<html[\s>]/i.test(html) ? tagsBeforeHtml(html) : `<html>${html}</html>`;
  const doc = parser.parseFromString(wrapped, 'text/html') as unknown as Document;
  const root = doc.documentElement;
  const head = doc.head;
  const body = doc.body;
  if (!root || !head || !body) return doc;
  for (const node of [...root.childNodes]) {
    if (node === head || node === body) continue;
    const name = node.nodeType === 1 ? (node as Element).localName : '';
    if (name === 'head') head.append(...node.childNodes);
    else if (name === 'body') body.append(...node.childNodes);
    else if (HEAD_ONLY.has(name)) head.append(node);
    else body.append(node);
    if (name === 'head' || name === 'body') node.remove();
  }
  bodyOutOfHead(head, body);
  // a second <body> tag opens no element in a browser, its content stays where it stands
  for (const inner of [...body.querySelectorAll('body, html, head')]) inner.replaceWith(...inner.childNodes);
  return doc;
};

// the tags a CMS's include may print before the page's <html> (a robots <meta>, a <link>), and
// the doctype after them
const TAGS_ONLY = /^(?:\s|<(?:meta|link|base|title|!doctype)\b[^>]*>|<title\b[^>]*>[^<]*<\/title>)*$/i;
const HTML_OPEN = /<html(?:\s[^>]*)?>/i;

/**
 * A page whose template printed a <meta> or <link> before its doctype and <html> ("<meta
 * name="googlebot" …>\n<!DOCTYPE …>\n<html>"): a browser puts them in the head; linkedom makes
 * the first tag the document's root and leaves the page outside it, with no body to read. The
 * tags are moved inside <html>, where the head's rules below place them.
 */
function tagsBeforeHtml(html: string): string {
  const open = HTML_OPEN.exec(html);
  if (!open || open.index === 0) return html;
  const before = html.slice(0, open.index).replace(/^\uFEFF/, '');
  if (!/<(?:meta|link|base|title)\b/i.test(before) || !TAGS_ONLY.test(before)) return html;
  const doctype = /<!doctype\b[^>]*>/i.exec(before)?.[0] ?? '';
  const tags = before.replace(/<!doctype\b[^>]*>/i, '');
  const end = open.index + open[0].length;
  return `${doctype}${open[0]}${tags}${html.slice(end)}`;
}

/**
 * A page that never closes its <head> nor opens its <body> ("<head><title>…</title><table>…")
 * has its whole story inside <head> in linkedom's tree, where Readability cannot reach the body
 * and throws. A browser ends the head at the first element or text that cannot stand there;
 * that node and all after it move to the body's start, in their order.
 */
function bodyOutOfHead(head: Element, body: Element): void {
  const nodes = [...head.childNodes];
  const first = nodes.findIndex((node) =>
    node.nodeType === 1 ? !HEAD_CONTENT.has((node as Element).localName) : node.nodeType === 3 && /\S/.test(node.textContent ?? ''),
  );
  if (first >= 0) body.prepend(...nodes.slice(first));
}
