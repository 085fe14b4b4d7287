// Which part of an article is reporting, and each sentence as an entry can quote it. A saved
// news page drags along reader comments ("February 1, 2011 at 5:20 pm | NO!"), whose stamps
// would count as mentions of the day they were posted; everything from the first such stamp on
// is the comment thread (ingest's commentThread.ts). Furniture lines (ingest's furnitureSpans)
// are left out too. An entry drops what a wire or live page prints before the sentence: an
// update stamp "(Update 8:14 a.m. Tuesday in Cairo)", a live entry's clock, a byline run into
// the text and a dateline "CAIRO, Egypt (CNN) --", a picture's credit run into the text
// ("Photograph: Gerald Herbert/AP"), and a transcript's speaker ("SESAY: Well, ..."). Knows
// nothing of ranking.
import { furnitureSpans } from '../ingest/furniture';
import { commentThreadStart } from '../ingest/commentThread';
import { opensWithSpeaker, withoutOpeners } from './entryLabel';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

/** Offset where the reporting ends: the comment thread's first mark, else the text's end. */
export function reportingEnd(text: string): number {
  return commentThreadStart(text) ?? text.length;
}

/** Spans of furniture lines (share bars, "Related", bylines) inside the reporting. */
export function furnitureOf(text: string): { start: number; end: number }[] {
  return furnitureSpans(text);
}

const UPDATE_STAMP = /^\((?:update|updated|posted|last updated)\b[^)]{0,80}\)\s*/i;
// a BBC page's "29 September 2011 Last updated at 17:57 GMT Help" run into its first sentence (the
// last word its help link); its date still counts as the page's mention of the day (stampSpans
// leaves it), only the entry drops it
const UPDATED_AT = new RegExp(`^\\d{1,2} ${MONTH} \\d{4} Last updated at \\d{1,2}[.:]\\d{2}(?: [A-Z]{2,4}\\b)?(?: Help\\b)?\\s*`);
// "CAIRO, Egypt (CNN) -- ", "WASHINGTON (Reuters) - ": a short place in capitals, an agency in
// brackets, a dash
const DATELINE = /^[A-Z][A-Za-z.'’ -]{1,40}(?:, [A-Z][A-Za-z.' -]{1,30})?\s*\([A-Z][A-Za-z.& ]{1,24}\)\s*(?:--|[-–—])\s*/;
// a dateline without the agency: the place in capitals, then a double dash ("NEW ORLEANS -- ")
const PLACE_DASH = /^[A-Z][A-Z.'’ -]{2,30}(?:, [A-Z][A-Za-z.' -]{1,30})? --\s+/;
// a live page's entry stamp: "LIBYA, 3:29 p.m. ET, 10:29 p.m. local: ", "(12:10 p.m. Monday ET, 6:10
// p.m. Monday in Libya) " — when it was posted, not what happened
const CLOCK = '\\d{1,2}:\\d{2} ?[ap]\\.?m\\.?';
const LIVE_STAMP = new RegExp(`^(?:[A-Z][A-Z .'’-]{1,30}, ${CLOCK}(?:\\d:\\d|[^:]){0,50}: |\\(${CLOCK}[^)]{0,50}\\) )`);
// a picture's credit run into the text as the page was saved: "Photograph: Gerald Herbert/AP ",
// "Photograph: Sarah Lee for the Guardian ", "(AP Photo/Alex Brandon) (Alex Brandon - AP) ",
// "(Pall Stefansson/Getty Images) ": a credit ends on the picture agency (or the paper the picture
// was taken for), as papers print it
const AGENCY = '(?:AP|PA|Reuters|AFP|EPA|Associated Press|Getty Images|Rex Features|Corbis|Xinhua|Bloomberg|[A-Z][A-Za-z.\'’ -]{1,30} for the (?:Guardian|Observer))';
const PHOTO_CREDIT = new RegExp(`^(?:Photograph: (?:[^/]{1,40}/)?${AGENCY}\\s+|(?:\\((?:AP|Pool|Reuters|AFP|By)\\b[^)]{0,60}\\)|\\([^()/]{1,40}/${AGENCY}\\))\\s*(?:\\([^)]{0,50} - [^)]{1,30}\\)\\s*)?)`);
// a byline run into the text: "By the CNN Wire Staff ", "By Jane Doe, Special to CNN "
const BYLINE = /^By (?:the [A-Z][A-Za-z]* Wire Staff|[A-Z][A-Za-z.'’ -]{1,40}, Special to [A-Z][A-Za-z]*)\s+/;

const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';
/** A page's own time stamp: "Friday 21 January 2005 00.05 GMT", "Sat Jun 4, 2011 9:27 pm BST",
 *  and a live blog's or an embedded post's, the clock first: "12:21 pm ET February 11, 2013". */
export const PAGE_STAMP = new RegExp(
  `${WEEKDAY},? (?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4}),? \\d{1,2}[.:]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4}\\b)?` +
    // its zone is printed, and no preposition makes it a time in the sentence ("at 8 p.m. ET")
    `|(?<!\\b(?:at|by|until|till|from|before|after|since|around|about|to) )\\b\\d{1,2}:\\d{2} ?[ap]\\.?m\\.? [A-Z]{2,4} ${MONTH} \\d{1,2} ?, \\d{4}\\b`,
  'g',
);

/** Where the page's time stamps sit: a stamp is when the page was posted, not news of the day. */
export function stampSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PAGE_STAMP)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// "EPSOM, England | ": a wire page's place before its stamp
const PLACE_BAR = /^[A-Z][A-Za-z.,'’ -]{1,40} \| /;

/** The sentence as a timeline entry quotes it, without stamps and datelines. */
export function entryText(sentence: string): string {
  const cleaned = sentence.replace(PAGE_STAMP, ' ').replace(/\s{2,}/g, ' ').trim().replace(PLACE_BAR, '').replace(UPDATE_STAMP, '').replace(UPDATED_AT, '').replace(LIVE_STAMP, '').replace(PHOTO_CREDIT, '').replace(BYLINE, '').replace(DATELINE, '').replace(PLACE_DASH, '').trim();
  // a transcript's speaker or a live page's place in capitals before a colon ("SESAY: Well, ...",
  // "GENEVA: ..."), with the spoken openers after it, go as they do from an entry's label
  return opensWithSpeaker(cleaned) ? withoutOpeners(cleaned) : cleaned;
}
