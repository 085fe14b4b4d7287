// How the app words what it found in an article: where its publication date came from, the
// day itself, and what it looked for when there was none. Pure; knows nothing of components.
import type { PublishedFrom } from '../../lib/ingest/types';
import { utcTime } from '../../lib/temporal/calendar';

/** Where the date came from, as the detected line says it (DESIGN.md's `publishedFrom`). */
export const SOURCE_WORDS: Record<PublishedFrom, string> = {
  'json-ld': "from the page's metadata",
  meta: "from the page's metadata",
  microdata: "from the page's metadata",
  time: "from the page's byline",
  url: 'from the page address',
  dateline: 'from the dateline',
  given: 'entered by you',
};

/** What the form says when an article came with no date: what was looked for, what to do. */
export const NO_DATE_LEAD = 'No publication date found.';
export const NO_DATE_DETAIL =
  "Newsline looked in the page's metadata, its byline, its address and the article's dateline. " +
  'Enter the date it was published: the timeline waits for it, as “last week” and “on Tuesday” are read from it.';
export const NO_DATE_MESSAGE = `${NO_DATE_LEAD} ${NO_DATE_DETAIL}`;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2025-11-05...` -> "5 Nov 2025" (the calendar day as written, whatever the time zone). */
export function shortDay(published: string, locale = 'en-GB'): string {
  const m = DAY.exec(published);
  if (!m) return published;
  const day = new Date(utcTime(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return formatter(locale).format(day);
}

// One formatter a locale: a story lists hundreds of articles' dates, and making a formatter
// costs far more than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string): Intl.DateTimeFormat {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return f;
}
