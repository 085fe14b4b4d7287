// The dek a graphic carries when the editor wrote none: what the timeline shows and from which
// article ("What happened and what is expected, as reported by Breitbart News on Nov. 5,
// 2025"), in the graphic's house date style. Pure; knows nothing of components.
import type { ArticleMeta } from '../lib/document';
import { formatDay, type DateStyle } from '../lib/house';

export function dekFor(article: ArticleMeta, style: DateStyle): string {
  const day = formatDay(article.published.slice(0, 10), style);
  const who = article.publisher ? `as reported by ${article.publisher}` : 'from the article';
  return `What happened and what is expected, ${who} on ${day}`;
}
