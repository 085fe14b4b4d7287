// A page's markup -> a DOM Document in Node, by linkedom: a light DOM over htmlparser2 that
// Readability runs on. Nothing is fetched or executed: linkedom has no script engine and
// loads no resources. For the CLI, the tests and the measuring scripts; the app uses
// `browser.ts` and never bundles this file.
import { DOMParser } from 'linkedom';
import type { ParseHtml } from '../types';

const parser = new DOMParser();
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);

/**
 * linkedom builds the tree as written, without the HTML5 rules that imply <html>, <head>
 * and <body>: a fragment or a page without a <body> tag would leave the story outside
 * `document.body`. Those rules are applied here for the cases real pages and pastes have.
 */
export const parseHtmlNode: ParseHtml = (html) => {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
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
  return doc;
};
