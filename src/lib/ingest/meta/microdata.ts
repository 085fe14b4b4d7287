// schema.org microdata: itemprop="datePublished" (or dateCreated) on a <meta>, a <time> or
// any element whose text is the date. Must not know about JSON-LD or meta-tag conventions.
import { inFurniture, textOf } from './region';
import { readStamp, type Stamp } from './published';
import { firstTextDate } from './textDate';

const MAX_ITEMPROPS = 3000;
// A comment or a review is an item of its own: its date is not the article's.
const NOT_THE_ARTICLE = /Comment|Review|Answer|Question/;

function valueOf(el: Element): Stamp | null {
  const attr = el.getAttribute('content') ?? el.getAttribute('datetime');
  if (attr) return readStamp(attr) ?? toStamp(firstTextDate(attr)?.value);
  return toStamp(firstTextDate(textOf(el, 200))?.value);
}

function toStamp(value: string | undefined): Stamp | null {
  return value ? { value, zone: null, instant: null } : null;
}

/** Stamps of elements whose itemprop names one of `props`, in document order, outside furniture. */
export function microdataStamps(doc: Document, props: string[]): Stamp[] {
  const out: Stamp[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemprop]')).slice(0, MAX_ITEMPROPS)) {
    const names = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    if (!props.some((p) => names.includes(p))) continue;
    const scope = el.parentElement?.closest('[itemscope]');
    if (scope && NOT_THE_ARTICLE.test(scope.getAttribute('itemtype') ?? '')) continue;
    if (el.localName !== 'meta' && inFurniture(el)) continue;
    const stamp = valueOf(el);
    if (stamp) out.push(stamp);
  }
  return out;
}
