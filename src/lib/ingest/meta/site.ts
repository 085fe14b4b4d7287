// Who published the page and where it lives: the publisher's name and the canonical URL.
// Must not know about dates. Names are cleaned as headlines are (whitespace, stray entities).
import { cleanTitle as clean } from './headline';

/** The publisher: JSON-LD publisher.name, else og:site_name, else application-name. */
export function publisherOf(jsonLdPublisher: string | null, meta: Map<string, string>): string | null {
  return clean(jsonLdPublisher) ?? clean(meta.get('og:site_name')) ?? clean(meta.get('application-name'));
}

/** An absolute http(s) URL, resolving a relative one against the page's address. */
function absolute(href: string | null | undefined, base: string | null): string | null {
  const h = clean(href);
  if (!h) return null;
  try {
    const url = base ? new URL(h, base) : new URL(h);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The canonical URL: <link rel=canonical>, og:url, JSON-LD url, else the address it came from. */
export function canonicalUrl(doc: Document, meta: Map<string, string>, jsonLdUrl: string | null, pageUrl: string | null): string | null {
  const link = Array.from(doc.querySelectorAll('link[rel]'))
    .slice(0, 200)
    .find((l) => /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''));
  return (
    absolute(link?.getAttribute('href'), pageUrl) ??
    absolute(meta.get('og:url'), pageUrl) ??
    absolute(jsonLdUrl, pageUrl) ??
    absolute(pageUrl, null)
  );
}
