// Taking the site's name off a page title: "Storm closes port | Reuters", "BBC News - Storm
// closes port". A part is cut only when it is the site (its name, its publisher or its host);
// a headline that merely contains a dash is never cut. Must not know about the DOM.

// The separators titles put between a headline and a site name, with spaces around them.
export const SEPARATOR = /\s+(?:\||-|–|—|::|·|»|•|\/\/)\s+/;
const MAX_SITE_WORDS = 6;

/** Letters and digits only, lowercased, accents dropped: "Aktuálně.cz" -> "aktualnecz". */
export function squash(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The names a page's site goes by: og:site_name, the publisher, the host's main label. */
export function siteNames(names: (string | null)[], url: string | null): string[] {
  const out = names.filter((n): n is string => !!n).map(squash).filter((n) => n.length >= 2);
  if (url) {
    try {
      const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
      // The registrable label: "bbc" of bbc.co.uk, "reuters" of reuters.com.
      const main = labels.length > 2 && labels[labels.length - 2].length <= 3 ? labels[labels.length - 3] : labels[labels.length - 2] ?? labels[0];
      if (main && main.length >= 3) out.push(squash(main));
      out.push(squash(labels.join('')));
    } catch {
      // not a URL: no host to compare with
    }
  }
  return out;
}

/** A title's parts between separators: "Headline | Section | Site" -> three parts. */
export function titleParts(title: string): string[] {
  return title.split(SEPARATOR);
}

const MAX_SECTION_WORDS = 4;

/** Whether a part after the headline is short enough, and shorter than it, to be a section. */
function isSection(part: string, headline: string): boolean {
  const words = part.trim().split(/\s+/).length;
  return words <= MAX_SECTION_WORDS && part.length * 2 <= headline.length;
}

/** Whether a title part names the site. */
function isSite(part: string, sites: string[]): boolean {
  if (part.split(/\s+/).length > MAX_SITE_WORDS) return false;
  const p = squash(part);
  if (p.length < 2) return false;
  // "BBC News" for bbc.co.uk, "Fandom powered by Wikia" for fandom.wikia.com, "Aktuálně" for
  // "Aktuálně.cz": one name holds the other. Parts are short (above), so a headline is safe.
  return sites.some((s) => p === s || (s.length >= 3 && p.includes(s)) || (p.length >= 4 && s.includes(p)));
}

// Chinese and Japanese titles join the site's name without spaces ("…「Treeviz」:phpspot開発日誌").
const TIGHT_SEPARATOR = /[:：|｜_·]/g;

/** The title without a trailing site name joined by an unspaced separator; exact names only. */
function withoutTightSiteName(title: string, sites: string[]): string {
  const cuts = [...title.matchAll(TIGHT_SEPARATOR)].map((m) => m.index ?? 0).reverse();
  for (const at of cuts) {
    const tail = squash(title.slice(at + 1));
    const spaced = /\s/.test(title[at - 1] ?? '') || /\s/.test(title[at + 1] ?? '');
    if (at > 0 && !spaced && tail.length >= 2 && sites.includes(tail)) return title.slice(0, at).trim();
  }
  return title;
}

/** The title without a leading or trailing site name; unchanged when no part is the site. */
export function withoutSiteName(title: string, sites: string[]): string {
  return withoutSpacedSiteName(withoutTightSiteName(title, sites), sites);
}

function withoutSpacedSiteName(title: string, sites: string[]): string {
  let parts = title.split(SEPARATOR);
  const seps = title.match(new RegExp(SEPARATOR.source, 'g')) ?? [];
  if (parts.length < 2) return title;
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isSite(parts[to - 1], sites)) to--;
  while (to - from > 1 && isSite(parts[from], sites)) from++;
  if (from === 0 && to === parts.length) return title;
  // "Headline | Section | Site": once the site is cut from the end, the short parts left
  // between it and the headline are the CMS's section names ("Dakota Access pipeline").
  if (to < parts.length) {
    while (to - from > 1 && isSection(parts[to - 1], parts[from])) to--;
  }
  // Rejoin what is left with the separators it had.
  let out = parts[from];
  for (let i = from + 1; i < to; i++) out += seps[i - 1] + parts[i];
  parts = [];
  return out.trim();
}
