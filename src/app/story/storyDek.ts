// The dek a story gets unless the desk writes its own: how much coverage the timeline is drawn
// from and over which days ("What happened, as reported in 40 articles from Jan. 25 to Feb. 13,
// 2011"), where an article's dek names its one outlet and day. Passed to the export and the
// embed as the desk's dek would be, so all three say the same. Pure.
import type { NewslineDocument } from '../../lib/document';
import { formatDay } from '../../lib/house/day';
import type { DateStyle } from '../../lib/house/styles';

export function storyDek(doc: Pick<NewslineDocument, 'articles' | 'events'>, style: DateStyle): string | null {
  const articles = doc.articles ?? [];
  if (articles.length < 2 || doc.events.length === 0) return null;
  const days = articles.map((a) => a.published.slice(0, 10)).sort();
  const [first, last] = [days[0], days[days.length - 1]];
  const when = first === last
    ? `on ${formatDay(last, style)}`
    : `from ${formatDay(first, style, first.slice(0, 4) !== last.slice(0, 4))} to ${formatDay(last, style)}`;
  return `What happened, as reported in ${articles.length} articles ${when}`;
}
