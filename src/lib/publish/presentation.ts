// What a published graphic says around its timeline, resolved from the document and its
// presentation settings: the headline (never a made-up "Timeline"), a one-line dek saying what
// the timeline shows and from which article, the credit line, the date style and the theme.
// Pure; knows nothing of drawing.
import type { NewslineDocument } from '../document';
import { formatDay } from '../house/day';
import { readDateStyle, type DateStyle } from '../house/styles';
import { safeArticleUrl, sourceName } from './credit';

export interface Framing {
  headline: string | null;
  dek: string | null;
  credit: string;
  creditUrl: string | null;
  dateStyle: DateStyle;
  theme: 'auto' | 'light' | 'dark';
}

/** The dek a desk gets unless it writes its own (the app's preview words it the same way):
 *  "What happened and what is expected, as reported by Breitbart News on Nov. 5, 2025". */
export function defaultDek(doc: NewslineDocument, style: DateStyle): string | null {
  if (!doc.events.length) return null;
  const day = formatDay(doc.article.published.slice(0, 10), style, true);
  const publisher = doc.article.publisher?.trim();
  const who = publisher ? `as reported by ${publisher}` : 'from the article';
  return `What happened and what is expected, ${who} on ${day}`;
}

/** "Graphic: J. Doe · Source: Breitbart News · Made with Newsline". */
export function storyCredit(doc: NewslineDocument, custom?: string | null): string {
  const source = sourceName(doc.article);
  const own = custom?.trim();
  // A credit that already names its source ("Source: Yonhap") is not given a second one.
  const named = own && /\bsources?\b/i.test(own);
  return [own, source && !named ? `Source: ${source}` : null, 'Made with Newsline'].filter(Boolean).join(' · ');
}

export function framing(doc: NewslineDocument, overrides: { credit?: string | null; dateStyle?: DateStyle; theme?: Framing['theme'] } = {}): Framing {
  const p = doc.presentation ?? {};
  const dateStyle = overrides.dateStyle ?? readDateStyle(p.dateStyle);
  const headline = p.headline?.trim() || doc.article.title?.trim() || null;
  return {
    headline,
    dek: p.dek?.trim() || defaultDek(doc, dateStyle),
    credit: storyCredit(doc, overrides.credit ?? p.credit),
    creditUrl: safeArticleUrl(doc.article),
    dateStyle,
    theme: overrides.theme ?? p.theme ?? 'auto',
  };
}
