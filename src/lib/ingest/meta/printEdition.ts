// The day in a URL may be the print edition's, not the story's. Newspapers file a story in the
// folder of the paper it runs in ("/2011/12/22/…"), the morning after it went up online, while
// the page itself prints "Published: December 21, 2011" — or only "Published: December 21", the
// year being the edition's. Where the page labels its publication a day to three days before the
// URL's day, the reader's day is the printed one: the story stood online before the paper carried
// it. A printed day after the URL's, or far from it, is another stamp (an update, a re-post) and
// leaves the URL's day. Must not know about the DOM; reads the visible text only.
import { monthNumber } from './months';
import { labelledStamps } from './labelledStamp';
import { validDate } from './published';

const DAY_MS = 86_400_000;
// overnight for a morning paper; a weekend edition comes out two or three days on
const MAX_DAYS_BEFORE = 3;
const LABEL = /\b(?:published|posted|first published)(?:\s+on)?\s*:?\s*(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?/i;
// "Published: December 21" and "Posted: 21 Dec", with no year after the day (the year is the edition's)
const YEARLESS = new RegExp(
  `${LABEL.source}(?:([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?)\\b(?!\\s*,?\\s*(?:\\d{4}|'\\d{2})\\b)`,
  'gi',
);
const MAX_LABELS = 20;

const dayOf = (value: string) => Date.parse(`${value.slice(0, 10)}T00:00:00Z`);

/** The first publication day the text labels without its year, read in the year that puts it before `edition`. */
function yearlessStamp(text: string, edition: string): string | null {
  let seen = 0;
  for (const m of text.matchAll(YEARLESS)) {
    if (++seen > MAX_LABELS) break;
    const month = monthNumber(m[1] ?? m[4] ?? '');
    const day = +(m[2] ?? m[3]);
    if (!month) continue;
    const year = +edition.slice(0, 4);
    // a December stamp on a January edition is the year before
    return validDate(month > +edition.slice(5, 7) ? year - 1 : year, month, day);
  }
  return null;
}

/** The printed publication day that a URL's edition day `urlDay` came after, or null. */
export function dayBeforeEdition(urlDay: string, visible: string): string | null {
  const printed = labelledStamps(visible).published ?? yearlessStamp(visible, urlDay);
  if (!printed) return null;
  const days = (dayOf(urlDay) - dayOf(printed)) / DAY_MS;
  return days >= 1 && days <= MAX_DAYS_BEFORE ? printed : null;
}
