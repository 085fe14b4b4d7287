// A page's markup -> a DOM Document in Node, by linkedom: a light DOM over htmlparser2 that
// Readability runs on. Nothing is fetched or executed: linkedom has no script engine and
// loads no resources. For the CLI, the tests and the measuring scripts; the app uses
// `browser.ts` and never bundles this file.
import { DOMParser } from 'linkedom';
import type { ParseHtml } from '../types';

const parser = new DOMParser();

export const parseHtmlNode: ParseHtml = (html) => parser.parseFromString(html, 'text/html') as unknown as Document;
