// A date in a URL's path: /2019/05/23/, /2019-05-23-, -20161213-story.html. Newsrooms put
// the day into permalinks when the story goes up (sometimes the print edition's day, so this
// signal ranks below the page's own stamps). Must not know about the DOM.
import { validDate } from './published';

const SLASHED = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=\/|$|[._-])/;
const DASHED = /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/._-]|$)/;
const COMPACT = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/._-]|$)/;
// /2008-01/08/: the month's folder, then the day's
const MONTH_FOLDER = /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})(?=\/)/;
// /2015/08/150803-story: a month's folder, then a slug opening on the day as YYMMDD, which must
// repeat the folder's year and month
const SLUG_DAY = /\/((?:19|20)(\d{2}))\/(\d{2})\/(\d{2})(\d{2})(\d{2})(?=[-_.])/;

// /2010/POLITICS/08/13/democrats.social.security/: the year's folder, the desk's section (one or
// two folders of words: "/2008/SPORT/golf/01/19/"), then the month's and the day's, as CNN and
// its sister sites file a story the day it runs
const SECTIONED = /\/((?:19|20)\d{2})\/(?:[a-z][a-z_-]*\/){1,2}(\d{1,2})\/(\d{1,2})(?=\/)/i;

// /story/20071229085406tsop.nb/: a CMS's timestamp, the day and the clock of filing
// (YYYYMMDDhhmmss), run into the slug
const TIMESTAMP = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})([01]\d|2[0-3])[0-5]\d[0-5]\d(?!\d)/;

/** The day a URL's path names, or null (a /2019/05/ month alone is no day). */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const re of [SLASHED, DASHED, COMPACT, MONTH_FOLDER, SECTIONED, TIMESTAMP]) {
    const m = re.exec(path.slice(0, 500));
    const day = m && validDate(+m[1], +m[2], +m[3]);
    if (day) return day;
  }
  const slug = SLUG_DAY.exec(path.slice(0, 500));
  if (slug && slug[2] === slug[4] && slug[3] === slug[5]) return validDate(+slug[1], +slug[3], +slug[6]);
  return null;
}
