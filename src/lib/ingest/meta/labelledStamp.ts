// The last resort for a page that carries no machine-readable date and no dateline by the
// headline (pages of the 2000s, small outlets' templates): a stamp the page labels in its
// text, wherever the template put it — "Published Date: 11 January 2008", "Posted on
// January 8, 2008", "Associated Press - January 10, 2008 3:23 PM ET". A stamp labelled as an
// update ("Last Updated: Tuesday, 4 December 2007, 17:04 GMT") is taken only when nothing is
// labelled as the publication: the story stood by that day, and news pages are updated the day
// they run. Dates in furniture (comments, related lists, footers) belong to other posts and are
// never read (the caller gives the visible text outside furniture). Must not know about meta tags,
// the DOM or the headline.
import type { NumericOrder } from './numericDate';
import { textDates } from './textDate';
import { saysPublished, saysUpdated } from './updated';

const MAX_DATES = 60;
// Between a label and its date a template may print the weekday ("Updated: Tuesday, 4 December")
const WEEKDAY_BEFORE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*$/i;
// An update stamp is a template's field ("Last Updated:"), not prose or a licence's "last update
// November 2, 2003", nor a teaser's "Store updated - 9 Nov"
const UPDATE_FIELD = /update[ds]?:\s*$/i;
// A wire story's credit line is its filing stamp: "Associated Press - January 10, 2008" (an
// agency's full name needs no dash: "Press Association Friday January 18, 2008 6:08 PM")
const WIRE_CREDIT = /\b(?:(?:Associated Press|The Canadian Press|Press Association|Agence France-Presse)\s*[-–—|]?|(?:Reuters|AFP|AP|PA)\s*[-–—|])\s*$/;

// A byline and its stamp are one line: "By Ann Lee Harbour Weekly - January 14, 2008" (name,
// outlet, dash, day) and "January 8, 2008 By Ann Lee" (day, then the byline); a name is capitalised
// words with their particles ("von", "de")
const NAME = "(?:[A-Z][\\w'’.-]*|von|van|de|da|del|der|la|le|di)";
const BYLINE_BEFORE = new RegExp(`\\bBy\\s+(?:${NAME}\\s+){1,5}[-–—|]\\s*$`);
const BYLINE_AFTER = /^(?:,?\s*\d{1,2}:\d{2}\s*(?:[aApP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4})?)?\s*[-–—|]?\s*By\s+[A-Z][\w'’.-]+\s+[A-Z]/;

export interface LabelledStamps {
  /** The first date the page labels as its publication or files under a wire credit. */
  published: string | null;
  /** The first date in a template's update field. */
  updated: string | null;
}

/** The stamps a page labels in its visible text (region.ts's visibleText). */
export function labelledStamps(text: string, order: NumericOrder | null = null): LabelledStamps {
  let updated: string | null = null;
  for (const d of textDates(text, MAX_DATES, order)) {
    const before = text.slice(Math.max(0, d.start - 60), d.start).replace(WEEKDAY_BEFORE, '');
    const after = text.slice(d.end, d.end + 60);
    if (saysPublished(before) || WIRE_CREDIT.test(before) || BYLINE_BEFORE.test(before) || BYLINE_AFTER.test(after)) return { published: d.value, updated };
    if (!updated && UPDATE_FIELD.test(before) && saysUpdated(before)) updated = d.value;
  }
  return { published: null, updated };
}
