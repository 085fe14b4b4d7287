// The source and credit line every published timeline carries:
// "Source: Breitbart News, 5 November 2025 · Made with Newsline". Pure; the date is read from
// the document's own publication string, never from a clock or a time zone.
import type { ArticleMeta } from '../document';

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
