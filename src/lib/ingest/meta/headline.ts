// The headline as the reader sees it: the article's h1 when the page's metadata confirms it,
// else JSON-LD headline, og:title, twitter:title or <title>, without the site's name.
// Must not know about dates or the DOM beyond the strings it is given.
import { SEPARATOR, squash, titleParts, withoutSiteName } from './siteName';

export interface TitleSources {
  jsonLd: string | null;
  og: string | null;
  twitter: string | null;
  h1: string | null;
  titleTag: string | null;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Whitespace collapsed; entities JSON-LD writers left in the string decoded. */
// Markup inside the <title> element: a page whose <title> is never closed, or holds a comment,
// has the rest of its head read as the title ("BBC SPORTi library--> <link ...", "...
// opensearch.xml\" /> </head> <body>"); the title ends where the markup starts. (Only there: a
// meta tag's content is one attribute, whatever it says, and is shown as the text it is.)
const MARKUP = /<\/?[a-z!]|\/>|-->/i;

function titleElementText(s: string | null): string | null {
  const markup = s ? MARKUP.exec(s) : null;
  return s && markup ? s.slice(0, markup.index).replace(/["'\s]+$/, '') : s;
}

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

// A headline says something: a few words, or a phrase of CJK characters (no spaces there).
const MIN_WORDS = 3;
const MIN_CJK = 8;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * Whether the h1 is the part a <title> puts before or after the headline (a blog's name):
 * a whole end part, shorter than the rest (the longer side of a title is its headline).
 */
function isTitleSitePart(h1: string, sources: TitleSources): boolean {
  const h = squash(h1);
  return [titleElementText(sources.titleTag), sources.og].map(cleanTitle).some((t) => {
    const parts = t ? titleParts(t) : [];
    if (parts.length < 2) return false;
    const end = squash(parts[0]) === h ? 0 : squash(parts[parts.length - 1]) === h ? parts.length - 1 : -1;
    if (end >= 0) return h.length < squash(parts.filter((_, i) => i !== end).join(' ')).length;
    // ("Graceful girl in a similar world - Arts and Entertainment - Summit Daily": a section
    // printed as the h1 stands in the middle, beside a longer part, the headline)
    const at = parts.findIndex((p) => squash(p) === h);
    return at > 0 && parts.some((p, i) => i !== at && squash(p).length > 2 * h.length);
  });
}

/**
 * Whether an h1 the metadata does not confirm still reads as the story's headline: long
 * enough and not the site's name. Social titles often differ from the printed one; the
 * reader sees the printed one.
 */
function readsAsHeadline(h1: string, sites: string[]): boolean {
  const words = h1.split(/\s+/).length;
  const cjk = (h1.match(CJK) ?? []).length;
  if (words < MIN_WORDS && cjk < MIN_CJK) return false;
  const h = squash(h1);
  return !sites.some((s) => h === s || (s.length >= 4 && h.includes(s)));
}

export function chooseHeadline(sources: TitleSources, siteNames: string[]): string | null {
  const h1 = cleanTitle(sources.h1);
  // A blog prints its own name as the h1 and in the <title>: that name is a site name too.
  const blogName = h1 !== null && isTitleSitePart(h1, sources);
  const sites = blogName ? [...siteNames, squash(h1)] : siteNames;
  const metaTitles = [sources.jsonLd, sources.og, sources.twitter, titleElementText(sources.titleTag)]
    .map(cleanTitle)
    .filter((t): t is string => !!t)
    .map((t) => withoutSiteName(t, sites));
  // The h1 is the headline printed on the page; a metadata title that says the same words
  // (or that only adds the site) confirms it is the story's and not a logo or a section name.
  if (h1 && metaTitles.some((t) => squash(t) === squash(h1))) return h1;
  if (h1 && !blogName && readsAsHeadline(h1, sites)) return h1;
  return metaTitles[0] ?? h1;
}

// The separators a title joins its parts with, the spaced ones of siteName.ts and those older
// templates use: "SFGate: World Views : Headline", "Headline_English_Xinhua".
// (a colon with no space before it is the headline's own: "Miami-area CEOs are asked: When ...")
const ANY_SEPARATOR = new RegExp(`${SEPARATOR.source}|\\s+:\\s+|_`);
const MIN_PART_WORDS = 3;

/**
 * The part of a joined title that the page prints, when it prints exactly one: the headline a
 * reader sees, without the site, section and blog names the template put around it ("That Way
 * iCutting Lies - The Opinionator - Opinion - New York Times Blog"). `printed` is the page's
 * visible text. The title as it is when the page prints it whole, or no part or several parts.
 */
export function printedPart(title: string, printed: string): string {
  const squashed = squash(printed);
  if (!ANY_SEPARATOR.test(title) || squashed.includes(squash(title))) return title;
  const parts = title.split(ANY_SEPARATOR).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= MIN_PART_WORDS);
  const seen = parts.filter((p) => squashed.includes(squash(p)));
  return seen.length === 1 ? seen[0] : title;
}

