// The source and credit line every published timeline carries:
// "Source: Breitbart News, 5 November 2025 · Made with Newsline". Pure; the date is read from
// the document's own publication string, never from a clock or a time zone.
import type { ArticleMeta } from '../document';

/** How many outlets a story's credit names before it counts the rest ("and 12 more"). */
const NAMED_OUTLETS = 2;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "5 November 2025" from "2025-11-05[THH:MM]"; the input unchanged when it is not a date. */
export function dayInWords(published: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : published;
}

/** The publisher, else the article's host name, else null. */
export function sourceName(article: ArticleMeta): string | null {
  if (article.publisher?.trim()) return article.publisher.trim();
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  }
  return null;
}

export function creditLine(article: ArticleMeta): string {
  const source = sourceName(article);
  const day = dayInWords(article.published);
  return `${source ? `Source: ${source}, ${day}` : `Source: article of ${day}`} · Made with Newsline`;
}

/** The article's address when it is safe to link to (http or https only), else null. */
export function safeArticleUrl(article: ArticleMeta): string | null {
  if (!article.url) return null;
  try {
    const url = new URL(article.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The outlets a story's articles came from, most articles first (the first one met wins a
 *  tie): each article's publisher, else its address's host. An article known only by its file
 *  name names no outlet: "cnn-138.txt" is how a folder was saved, not who published it. */
export function storyOutlets(articles: ArticleMeta[]): string[] {
  const count = new Map<string, number>();
  for (const a of articles) {
    const name = sourceName(a);
    if (name) count.set(name, (count.get(name) ?? 0) + 1);
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** "Source: CNN", "Sources: CNN and Reuters", "Sources: CNN, Reuters and 12 more", else
 *  "Sources: 40 articles" when no article names its outlet. */
export function outletsLine(outlets: string[], articles: number): string {
  if (outlets.length === 0) return `Sources: ${articles} articles`;
  if (outlets.length === 1) return `Source: ${outlets[0]}`;
  const named = outlets.length <= NAMED_OUTLETS + 1 ? outlets : outlets.slice(0, NAMED_OUTLETS);
  const rest = outlets.length - named.length;
  const last = rest > 0 ? `${rest} more` : named.pop()!;
  return `Sources: ${named.join(', ')} and ${last}`;
}
