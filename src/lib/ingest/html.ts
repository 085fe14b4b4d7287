// A saved news page (HTML) -> metadata and the story as plain paragraphs. The markup is
// parsed into an inert DOM by the ParseHtml the caller gives (the browser's DOMParser or
// linkedom): nothing in it is executed or loaded. The metadata is read from the whole page
// first; the body extraction then prunes and rewrites its own copy.
// Must not know about dates in the prose, sentences or events.
import { storyText } from './body';
import { articleFromJsonLd } from './meta/jsonld';
import { normalisePublished } from './meta/published';
import type { Ingested, ParseHtml } from './types';

export interface HtmlOptions {
  url?: string | null;
  parseHtml?: ParseHtml;
}

function defaultParser(): ParseHtml {
  if (typeof DOMParser === 'undefined') throw new Error('Reading an HTML page needs a DOM parser here: pass parseHtml.');
  return (html) => new DOMParser().parseFromString(html, 'text/html');
}

export function ingestHtml(html: string, options: HtmlOptions = {}): Ingested {
  const parse = options.parseHtml ?? defaultParser();
  const doc = parse(html);
  const meta = interimMeta(doc);
  const text = storyText(doc, { title: meta.title, reparse: () => parse(html) });
  return { ...meta, text };
}

// Interim: the metadata the old streaming reader found, until meta/readPageMeta lands.
function interimMeta(doc: Document): Omit<Ingested, 'text'> {
  const metaTag = (key: string) =>
    doc.querySelector(`meta[property="${key}"],meta[name="${key}"],meta[itemprop="${key}"]`)?.getAttribute('content') ?? null;
  const ld = articleFromJsonLd([...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
  const clean = (s: string | null | undefined) => (s ? s.replace(/[\s\u00a0]+/g, ' ').trim() || null : null);
  const published =
    [ld?.datePublished, metaTag('article:published_time'), metaTag('datePublished'), doc.querySelector('time[datetime]')?.getAttribute('datetime')]
      .map(normalisePublished)
      .find((d) => d !== null) ?? null;
  return {
    title: clean(ld?.headline) ?? clean(metaTag('og:title')) ?? clean(doc.querySelector('h1')?.textContent) ?? clean(doc.title),
    published,
    publishedFrom: published ? 'meta' : null,
    url: clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? clean(metaTag('og:url')) ?? clean(ld?.url),
    publisher: clean(ld?.publisher) ?? clean(metaTag('og:site_name')),
  };
}
