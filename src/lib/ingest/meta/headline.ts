// The headline as the reader sees it: the article's h1 when the page's metadata confirms it,
// else JSON-LD headline, og:title, twitter:title or <title>, without the site's name.
// Must not know about dates or the DOM beyond the strings it is given.
import { squash, withoutSiteName } from './siteName';

export interface TitleSources {
  jsonLd: string | null;
  og: string | null;
  twitter: string | null;
  h1: string | null;
  titleTag: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Whitespace collapsed; entities JSON-LD writers left in the string decoded. */
export function cleanTitle(s: string | null | undefined): string | null {
  if (!s) return null;
  const text = s
    .replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (all, dec, hex, name) =>
      dec ? String.fromCodePoint(+dec) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name.toLowerCase()] ?? all,
    )
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return text || null;
}

export function chooseHeadline(sources: TitleSources, sites: string[]): string | null {
  const metaTitles = [sources.jsonLd, sources.og, sources.twitter, sources.titleTag]
    .map(cleanTitle)
    .filter((t): t is string => !!t)
    .map((t) => withoutSiteName(t, sites));
  const h1 = cleanTitle(sources.h1);
  // The h1 is the headline printed on the page; a metadata title that says the same words
  // (or that only adds the site) confirms it is the story's and not a logo or a section name.
  if (h1 && metaTitles.some((t) => squash(t) === squash(h1) || squash(withoutSiteName(t, [squash(h1)])) === '')) return h1;
  return metaTitles[0] ?? h1;
}
