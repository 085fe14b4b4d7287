// The last resort for a page that carries no machine-readable date and no dateline by the
// headline (pages of the 2000s, small outlets' templates): a stamp the page labels in its
// text, wherever the template put it — "Published Date: 11 January 2008", "Posted on
// January 8, 2008", "Associated Press - January 10, 2008 3:23 PM ET". A stamp labelled as an
// update ("Last Updated: Tuesday, 4 December 2007, 17:04 GMT") is taken only when nothing is
// labelled as the publication: the story stood by that day, and news pages are updated the day
// they run. Dates in furniture (comments, related lists, footers) belong to other posts and are
// never read. Must not know about meta tags or the headline. Bounded: the first kilobytes of
// visible text.
import { inFurniture } from './region';
import { textDates } from './textDate';
import { saysPublished, saysUpdated } from './updated';

const MAX_TEXT = 30_000;
const MAX_DATES = 60;
// Between a label and its date a template may print the weekday ("Updated: Tuesday, 4 December")
const WEEKDAY_BEFORE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$/i;
// A wire story's credit line is its filing stamp: "Associated Press - January 10, 2008"
// An update stamp is a template's field ("Last Updated:"), not prose or a licence's "last update
// November 2, 2003", nor a teaser's "Store updated - 9 Nov"
const UPDATE_FIELD = /update[ds]?:\s*$/i;
// (an agency's full name needs no dash: "Press Association Friday January 18, 2008 6:08 PM")
const WIRE_CREDIT = /\b(?:(?:Associated Press|The Canadian Press|Press Association|Agence France-Presse)\s*[-–—|]?|(?:Reuters|AFP|AP|PA)\s*[-–—|])\s*$/;

/** The visible text of the page outside furniture, in reading order, at most MAX_TEXT. */
function storyPageText(doc: Document): string {
  if (!doc.body) return '';
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let lastBox: Element | null = null;
  let lastInFurniture = false;
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/[\s\u00a0]+/g, ' ');
    if (!text.trim()) continue;
    const box = node.parentElement;
    // many text nodes share a box: ask once
    if (box !== lastBox) [lastBox, lastInFurniture] = [box, box ? inFurniture(box) : false];
    if (lastInFurniture) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join(' ').slice(0, MAX_TEXT);
}

export interface LabelledStamps {
  /** The first date the page labels as its publication or files under a wire credit. */
  published: string | null;
  /** The first date in a template's update field. */
  updated: string | null;
}

/** The stamps a page labels in its text. */
export function labelledStamps(doc: Document): LabelledStamps {
  const text = storyPageText(doc);
  let updated: string | null = null;
  for (const d of textDates(text, MAX_DATES)) {
    const before = text.slice(Math.max(0, d.start - 60), d.start).replace(WEEKDAY_BEFORE, '');
    if (saysPublished(before) || WIRE_CREDIT.test(before)) return { published: d.value, updated };
    if (!updated && UPDATE_FIELD.test(before) && saysUpdated(before)) updated = d.value;
  }
  return { published: null, updated };
}
