// The visible dateline a reader sees near the headline: "Published 5 November 2025",
// "Nov. 5, 2025 9:30 a.m. ET", "Samstag, 19. Juli 2014", "Publié le 29 juin 2019". Read from
// the story header first, then from short elements whose class names a date or byline.
// Must not know about meta tags or JSON-LD. Bounded: a few kilobytes of text in all.
import { datesOtherThing } from './otherDate';
import { inFurniture, textOf } from './region';
import { titleParts } from './siteName';
import { readStamp } from './published';
import type { NumericOrder } from './numericDate';
import { textDates } from './textDate';
import { saysPublished, saysUpdated, UPDATED_CLASS } from './updated';

// Class or id words of the elements that hold a byline or dateline.
const DATEY = /date|time|byline|dateline|publish|posted|datum|fecha|meta|timestamp|stamp|info/i;
const MAX_ELEMENTS = 4000;
const MAX_DATEY = 60;
// A dateline sits just above or below the headline; further away the text is the story's
// own prose, whose dates are events, not the publication.
const BEFORE_HEADLINE = 300;
const AFTER_HEADLINE = 500;
const HEADER_TEXT = BEFORE_HEADLINE + AFTER_HEADLINE;
const DATEY_TEXT = 160;

// Where templates put the machine-readable stamp of a dateline: hAtom's <abbr class="published"
// title="…">, and data attributes ("data-published", "data-timestamp", "data-date").
const STAMP_ATTRIBUTE = /^(?:title|content|data-(?:[a-z]+-)?(?:published|publish-date|pubdate|date|datetime|timestamp|time))$/i;

/** An ISO stamp in one of the element's dateline attributes, as the page wrote it. */
function stampAttribute(el: Element): string | null {
  for (const { name, value } of Array.from(el.attributes)) {
    if (!STAMP_ATTRIBUTE.test(name) || !/^\d{4}-\d{2}-\d{2}/.test(value.trim())) continue;
    const stamp = readStamp(value);
    // A UTC stamp names an instant, not the newsroom's day (a late-evening story in the
    // Americas is the next day in UTC): only a local wall clock is a dateline's day.
    if (stamp && stamp.zone !== 'utc') return stamp.value;
  }
  return null;
}

// A date after a preposition is prose or a banner ("Since 1st March, 1999", "said on December
// 12"), not the line that stamps the story: skipped where no element bounds the header.
const PROSE_BEFORE = /\b(?:since|from|until|till|by|before|after|in|of|to|through|on|at|during|between|and)\s*,?\s*$/i;


// A date that opens or closes a span is the story's prose even inside a header box that holds the
// first paragraph ("Covering the period from 1 November 2006 to 14 September 2007"): no stamp is
// printed after these words ("on", "by" and "at" may open a byline's stamp, "Article online since" a
// template's, so they stay)
const SPAN_BEFORE = /\b(?:from|until|till|through|between|and|to)\s*,?\s*$/i;

/** The first date in `text` not labelled as an update (and, `unbounded`, not behind a preposition), or null. */
function firstPublished(text: string, unbounded = false, order: NumericOrder | null = null): string | null {
  for (const d of textDates(text, 8, order)) {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    if (saysPublished(before)) return d.value;
    // a fact box's field, a CMS's serving time or a photo's caption: not the story's day
    if (datesOtherThing(before, text.slice(d.end, d.end + 30))) continue;
    if (saysUpdated(before) || (unbounded && PROSE_BEFORE.test(before)) || SPAN_BEFORE.test(before)) continue;
    return d.value;
  }
  return null;
}

/** The text just around the headline, the headline's own words blanked. */
function aroundHeadline(text: string, title: string): string {
  const at = title ? text.indexOf(title) : -1;
  if (at < 0) return text.slice(0, HEADER_TEXT);
  const before = text.slice(Math.max(0, at - BEFORE_HEADLINE), at);
  return `${before} | ${text.slice(at + title.length, at + title.length + AFTER_HEADLINE)}`;
}

/**
 * The dateline by the headline. `header` are the elements around the headline, innermost first;
 * `headline` its h1, whose own words are skipped ("Remembering June 4, 1989" is the story's
 * subject, not its date).
 */
export function headerDate(header: Element[], headline: Element | null, order: NumericOrder | null = null): string | null {
  const title = headline ? textOf(headline, 400) : '';
  for (const el of header) {
    const found = firstPublished(aroundHeadline(textOf(el, HEADER_TEXT * 4), title), false, order);
    if (found) return found;
  }
  return null;
}

/**
 * A date in a short element whose class names a date or byline. Weaker than a stamp the page
 * labels as its publication: a masthead's "today" ("Tuesday 15 January 2008", the day the page
 * was served) is classed "date" too.
 */
export function datedElementDate(doc: Document, order: NumericOrder | null = null): string | null {
  let seen = 0;
  for (const el of Array.from(doc.querySelectorAll('body *')).slice(0, MAX_ELEMENTS)) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!DATEY.test(words) || UPDATED_CLASS.test(words)) continue;
    const text = textOf(el, DATEY_TEXT * 2);
    if (text.length > DATEY_TEXT || inFurniture(el)) continue;
    if (++seen > MAX_DATEY) break;
    const found = stampAttribute(el) ?? (text ? firstPublished(text, false, order) : null);
    if (found) return found;
  }
  return null;
}

// A page with no <h1> (tables and <b> headlines of the 2000s) still prints its headline, the
// <title>'s longest part, in the text; its dateline sits right after it ("Skrtel close to Reds
// switch 16:10, Jan 8 2008") or just above it. Tighter than beside an h1: with no element to
// bound the header, a masthead's date may stand a little further up.
const AFTER_TITLE = 250;
const BEFORE_TITLE = 120;
const MIN_TITLE_WORDS = 3;

/** Where the headline is printed in `text`: the whole of it, else its longest opening of some words. */
function printedAt(text: string, headline: string): { at: number; end: number } | null {
  const words = headline.split(' ');
  // a <title> may join the site's name without a space ("…sliding sales_English_Xinhua") or
  // with a colon ("Bulls, Jones pursue talks: Sport: Rugby"): the page prints only the opening
  for (let n = words.length; n >= MIN_TITLE_WORDS; n--) {
    // no headline writes "_": what follows it is the site's name
    const opening = words.slice(0, n).join(' ').replace(/_.*$/, '').replace(/[:|]+$/, '');
    if (opening.split(' ').length < MIN_TITLE_WORDS) continue;
    const at = text.indexOf(opening);
    if (at >= 0) return { at, end: at + opening.length };
    if (n < words.length - MAX_CUT_WORDS) break;
  }
  return null;
}
// the words a title may join after the printed headline ("_English_Xinhua", ": Sport: Rugby: News24")
const MAX_CUT_WORDS = 4;

/**
 * The dates printed right after and right above the page's headline. `printed` is the page's
 * own headline (its h1's words) where it has one, else the <title>'s longest part is sought.
 * Above is the weaker: a masthead prints the day the page was served there ("Goa's online
 * edition - Sunday, January 20, 2008" over a story of the 17th).
 */
export function titleDates(doc: Document, text: string, order: NumericOrder | null = null, printed: string | null = null): { after: string | null; above: string | null } {
  const none = { after: null, above: null };
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  const headline = printed ?? titleParts(title).sort((a, b) => b.length - a.length)[0]?.trim() ?? '';
  if (headline.split(' ').length < MIN_TITLE_WORDS) return none;
  // the <title>'s copy in the <head> is not in the visible text: the first hit is the printed one
  const found = printedAt(text, headline);
  if (!found) return none;
  return {
    after: firstPublished(text.slice(found.end, found.end + AFTER_TITLE), true, order),
    above: firstPublished(text.slice(Math.max(0, found.at - BEFORE_TITLE), found.at), true, order),
  };
}
