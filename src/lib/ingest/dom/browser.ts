// A page's markup -> a DOM Document with the browser's own DOMParser. A parsed document is
// inert: its scripts never run, its images and styles never load, nothing is rendered.
import type { ParseHtml } from '../types';

export const parseHtmlBrowser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');
