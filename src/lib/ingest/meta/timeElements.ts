// <time> elements that date the story: in its header or byline, or marked as the publication
// (pubdate, itemprop or a "published" class). Comments, sidebars, related lists and teasers
// carry <time>s of other posts; those are never read. Must not know about meta tags.
import { inFurniture, textOf } from './region';
import { readStamp, type Stamp } from './published';
import { firstTextDate } from './textDate';
import { UPDATED_CLASS, saysPublished, saysUpdated } from './updated';

const MAX_TIMES = 600;
// A paragraph this long is the story's prose: a <time> after it dates something in the story.
const PROSE = 120;
const STANDFIRST = 1;
const MARKED = /publish|pubdate|posted|created|dateline|byline/i;

export interface TimeStamps {
  /** The <time> that dates the story, or null. */
  published: Stamp | null;
  /** Every zoned datetime outside furniture, for comparing zones. */
  zoned: Stamp[];
}

function stampOf(el: Element): Stamp | null {
  const attr = el.getAttribute('datetime');
  if (attr) {
    const s = readStamp(attr);
    if (s) return s;
  }
  const text = firstTextDate(textOf(el, 200) || attr || '');
  return text ? { value: text.value, zone: null, instant: null } : null;
}

/** The words just before the element, in its parent ("Posted", "Updated on"). */
function labelBefore(el: Element): string {
  const parent = el.parentElement;
  if (!parent) return '';
  const text = (parent.textContent ?? '').slice(0, 2000);
  const own = el.textContent ?? '';
  const at = own ? text.indexOf(own) : -1;
  return at > 0 ? text.slice(0, at) : '';
}

/**
 * `header` are the elements around the headline (region.storyHeader); `story` the <article>
 * holding the headline, if any. A <time> counts when it is marked as the publication, sits in
 * the header, or stands before the story's first paragraph (a byline's), and is neither
 * furniture, nor in another article (a teaser), nor an update.
 */
export function timeStamps(doc: Document, header: Element[], story: Element | null): TimeStamps {
  const zoned: Stamp[] = [];
  let marked: Stamp | null = null;
  let inHeader: Stamp | null = null;
  let leading: Stamp | null = null;
  let proseSeen = 0;
  // In document order with the paragraphs, so a <time> can be told to stand before the story.
  for (const el of Array.from(doc.querySelectorAll('time, p')).slice(0, MAX_TIMES)) {
    if (el.localName === 'p') {
      if (!inFurniture(el) && textOf(el, PROSE).length >= PROSE) proseSeen++;
      continue;
    }
    if (inFurniture(el)) continue;
    const article = el.closest('article');
    if (story && article && article !== story && !article.contains(story)) continue;
    const stamp = stampOf(el);
    if (!stamp) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
    const label = labelBefore(el);
    if (UPDATED_CLASS.test(words) || saysUpdated(label)) continue;
    if (stamp.zone) zoned.push(stamp);
    if (!marked && (el.hasAttribute('pubdate') || MARKED.test(words) || saysPublished(label))) marked = stamp;
    if (!inHeader && header.some((h) => h.contains(el))) inHeader = stamp;
    // A byline's <time> stands above the story's prose ("By Jo Kett 10/04/2016"), at most a
    // standfirst before it.
    if (!leading && proseSeen <= STANDFIRST) leading = stamp;
  }
  return { published: marked ?? inHeader ?? leading, zoned };
}
