// A page's metadata as a careful reader finds it: the headline without the site's name, the
// original publication date and where it was found, the publisher and the canonical URL.
// Reads the whole parsed page before any body extraction and never mutates it. Must not
// know about the article body, temporal tagging or events; markup is data, never executed,
// and nothing here reads the clock or the machine's time zone.
import type { PublishedFrom } from '../types';
import { datedElementDate, headerDate, titleDates } from './dateline';
import { chooseHeadline, printedPart } from './headline';
import { articleFromJsonLd } from './jsonld';
import { metaContents, metaStamps } from './metaTags';
import { microdataStamps } from './microdata';
import { readStamp } from './published';
import { choosePublished } from './publishedDate';
import { labelledStamps } from './labelledStamp';
import { pageOrder, type NumericOrder } from './numericDate';
import { dayBeforeEdition } from './printEdition';
import { headlineElement, storyHeader, textOf, visibleText } from './region';
import { canonicalUrl, publisherOf } from './site';
import { scriptStateDate } from './scriptState';
import { siteNames, squash, titleParts } from './siteName';
import { stampUnderMasthead } from './masthead';
import { timeStamps } from './timeElements';
import { urlDate } from './urlDate';

export interface PageMeta {
  title: string | null;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  url: string | null;
  publisher: string | null;
}

const MAX_JSON_LD_BLOCKS = 30;
// the page's visible text read for a printed date: the top of any page holds its stamp
const VISIBLE_TEXT = 30_000;

function jsonLdBlocks(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script'))
    .filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? ''))
    .slice(0, MAX_JSON_LD_BLOCKS)
    .map((s) => s.textContent ?? '');
}

/**
 * The day the page prints for a reader, strongest first: the dateline by the headline, a stamp
 * labelled as the publication ("Published Date: 11 January 2008"), on a page with no <h1> the
 * date right after its printed headline, a short element classed as a date, a template's update
 * field, and the date right above the printed headline.
 */
function visibleDate(doc: Document, header: Element[], h1: Element | null, text: () => string): string | null {
  // a day in figures that reads both ways is read in the page's own order only where nothing
  // else gave a day: the order is a weaker reading than figures that tell it themselves
  let date = printedDate(doc, header, h1, text, null);
  const order = date ? null : pageOrder(text());
  if (order) date = printedDate(doc, header, h1, text, order);
  if (!date) return null;
  // the masthead's day of serving, taken for the story's: the stamp by the headline wins
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  const headlines = [h1 ? textOf(h1, 400) : '', titleParts(title).sort((a, b) => b.length - a.length)[0]?.trim() ?? ''];
  return stampUnderMasthead(text(), headlines, date) ?? date;
}

function printedDate(doc: Document, header: Element[], h1: Element | null, text: () => string, order: NumericOrder | null): string | null {
  const byHeadline = headerDate(header, h1, order);
  if (byHeadline) return byHeadline;
  const labelled = labelledStamps(text(), order);
  if (!h1) {
    const byTitle = titleDates(doc, text(), order);
    return labelled.published ?? byTitle.after ?? datedElementDate(doc, order) ?? labelled.updated ?? byTitle.above;
  }
  // an h1 in a box too large to bound its header (a layout table's cell): the dateline is
  // still printed right after the headline ("<h1>…</h1> Ann Lee in Oslo Tuesday January 8, 2008")
  const afterH1 = () => titleDates(doc, text(), order, textOf(h1, 400)).after;
  return labelled.published ?? datedElementDate(doc, order) ?? labelled.updated ?? afterH1();
}

/**
 * `html` is the page's markup as given, scripts included: the DOM may have been built without
 * them (html.ts drops code before parsing), and a script's JSON may hold the date.
 */
export function readPageMeta(doc: Document, pageUrl: string | null, html = ''): PageMeta {
  const meta = metaContents(doc);
  const ld = articleFromJsonLd(jsonLdBlocks(doc));
  const url = canonicalUrl(doc, meta, ld?.url ?? null, pageUrl);
  const publisher = publisherOf(ld?.publisher ?? null, meta);

  const h1 = headlineElement(doc);
  const header = h1 ? storyHeader(h1) : [];
  // the page's words as a reader sees them, read once and only when a signal needs them
  let text: string | null = null;
  const visible = () => (text ??= visibleText(doc, VISIBLE_TEXT));
  const story = h1?.closest('article') ?? null;
  const tags = metaStamps(meta);
  const times = timeStamps(doc, header, story);
  const microdata = microdataStamps(doc, ['datepublished']);
  const jsonLd = readStamp(ld?.datePublished);
  const urlDay = urlDate(pageUrl) ?? urlDate(url);
  let date = choosePublished({
    jsonLd,
    meta: tags.published,
    microdata: microdata[0] ?? null,
    time: times.published,
    script: scriptStateDate(html),
    url: urlDay,
    dateline: visibleDate(doc, header, h1, visible),
    modified: [readStamp(ld?.dateModified), tags.modified],
    zoned: [jsonLd, ...tags.all, ...microdata, ...times.zoned].filter((s) => s !== null && s.zone !== null) as NonNullable<typeof jsonLd>[],
  });

  // the URL's folder may be the print edition's, the morning after the page's own stamp
  const printed = date?.publishedFrom === 'url' && urlDay ? dayBeforeEdition(urlDay, visible()) : null;
  if (printed) date = { published: printed, publishedFrom: 'dateline' };

  const sites = siteNames([meta.get('og:site_name') ?? null, publisher, meta.get('application-name') ?? null], url ?? pageUrl);
  const chosen = chooseHeadline(
    {
      jsonLd: ld?.headline ?? null,
      og: meta.get('og:title') ?? null,
      twitter: meta.get('twitter:title') ?? null,
      h1: h1 ? textOf(h1, 400) : null,
      titleTag: doc.querySelector('title')?.textContent ?? null,
    },
    sites,
  );
  // a joined title with no printed h1 to confirm it: the part the page prints is the headline
  const title = chosen && (!h1 || squash(textOf(h1, 400)) !== squash(chosen)) ? printedPart(chosen, visible()) : chosen;
  return { title, published: date?.published ?? null, publishedFrom: date?.publishedFrom ?? null, url, publisher };
}
