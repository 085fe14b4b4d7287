// The publication date in a page's script state: the app frameworks news sites run on ship
// the CMS's own record as JSON in a <script> (Next.js __NEXT_DATA__, Arc's globalContent,
// Nuxt state), "datePublished":"2019-05-23T21:30:00-04:00" among it. Read from the raw markup,
// since scripts are dropped before the DOM is built. Must not know about the DOM.
import { readStamp, type Stamp } from './published';

// The keys CMSs give the first publication in their JSON; never the modified or updated one.
const KEYS = 'datePublished|publishedDate|publishDate|published_at|publishedAt|firstPublishDate|firstPublishedDate|first_published_at|date_published|publication_date|pubDate';
const STATE_DATE = new RegExp(`["'](?:${KEYS})["']\\s*:\\s*["'](\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)["']`);
// A big page's state runs to megabytes; the story's own record comes early in it.
const SCAN = 3_000_000;

/** The first publication stamp a script's JSON holds, or null. */
export function scriptStateDate(html: string): Stamp | null {
  const m = STATE_DATE.exec(html.length > SCAN ? html.slice(0, SCAN) : html);
  return m ? readStamp(m[1]) : null;
}
