// What a published graphic says around its timeline, resolved from the document and its
// presentation settings: the headline (never a made-up "Timeline"), a one-line dek saying what
// the timeline shows and from which article, the credit line, the date style and the theme.
// Pure; knows nothing of drawing.
import type { ArticleMeta, NewslineDocument } from '../document';
import { formatDay, formatDays } from '../house/day';
import { readDateStyle, type DateStyle } from '../house/styles';
import { outletsLine, safeArticleUrl, sourceName, storyOutlets } from './credit';

export interface Framing {
  headline: string | null;
  dek: string | null;
  credit: string;
  creditUrl: string | null;
  dateStyle: DateStyle;
  theme: 'auto' | 'light' | 'dark';
}

// The longest headline, dek and credit a graphic shows (readPresentation keeps a desk's own to
// these too): a title or publisher from a hostile or broken document may be a megabyte, and a
// headline that long would make the embed half a million pixels tall.
const LIMITS = { headline: 300, dek: 400, credit: 300, source: 120 } as const;

/** `text` on one line, cut to `max` characters with an ellipsis when longer. */
export function clipText(text: string | null | undefined, max: number): string {
  const one = (text ?? '').replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}

/** The dek a desk gets unless it writes its own (the app's preview words it the same way):
 *  "What happened and what is expected, as reported by Breitbart News on Nov. 5, 2025". */
export function defaultDek(doc: NewslineDocument, style: DateStyle): string | null {
  if (!doc.events.length) return null;
  if (isStory(doc)) return storyDek(doc.articles, style);
  const day = formatDay(doc.article.published.slice(0, 10), style, true);
  const publisher = clipText(doc.article.publisher, LIMITS.source);
  const who = publisher ? `as reported by ${publisher}` : 'from the article';
  return `What happened and what is expected, ${who} on ${day}`;
}

/** A story's dek: how much coverage it is drawn from and over which days, "How the story
 *  unfolded, from 40 articles published Jan. 24-Feb. 13, 2011" (the house's style of a run of
 *  days). The story's own published date is only its newest article's. */
function storyDek(articles: ArticleMeta[], style: DateStyle): string {
  const days = articles.map((a) => a.published.slice(0, 10)).sort();
  return `How the story unfolded, from ${articles.length} articles published ${formatDays(days[0], days[days.length - 1], style)}`;
}

/** A document built from two articles or more: a story, framed by its coverage. */
function isStory(doc: NewslineDocument): doc is NewslineDocument & { articles: ArticleMeta[] } {
  return (doc.articles?.length ?? 0) >= 2;
}

/** "Graphic: J. Doe · Source: Breitbart News · Made with Newsline"; for a story, its outlets:
 *  "Sources: CNN, Reuters and 12 more · Made with Newsline". */
export function storyCredit(doc: NewslineDocument, custom?: string | null): string {
  const source = clipText(sourceName(doc.article), LIMITS.source);
  const line = isStory(doc)
    ? clipText(outletsLine(storyOutlets(doc.articles).map((o) => clipText(o, LIMITS.source)), doc.articles.length), LIMITS.credit)
    : source && `Source: ${source}`;
  const own = clipText(custom, LIMITS.credit);
  // A credit that already names its source ("Source: Yonhap") is not given a second one.
  const named = own && /\bsources?\b/i.test(own);
  return [own, line && !named ? line : null, 'Made with Newsline'].filter(Boolean).join(' · ');
}

export function framing(doc: NewslineDocument, overrides: { credit?: string | null; dateStyle?: DateStyle; theme?: Framing['theme'] } = {}): Framing {
  const p = doc.presentation ?? {};
  const dateStyle = overrides.dateStyle ?? readDateStyle(p.dateStyle);
  const headline = clipText(p.headline, LIMITS.headline) || clipText(doc.article.title, LIMITS.headline) || null;
  return {
    headline,
    dek: clipText(p.dek, LIMITS.dek) || clipText(defaultDek(doc, dateStyle), LIMITS.dek) || null,
    credit: storyCredit(doc, overrides.credit ?? p.credit),
    creditUrl: safeArticleUrl(doc.article),
    dateStyle,
    theme: overrides.theme ?? p.theme ?? 'auto',
  };
}
