// "..., today's communique said", "Monday's report showed ...": wire copy attributes a clause to
// a document by the day it came out. The day's possessive is no generic "today's" ("today's
// teenagers"): the document was issued that day, and what it says is news of that day. Must
// not know about labels or statuses.
import type { Timex } from '../document';

const DAY_WORD = /^(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
const DOCUMENT_SAID = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:reports?|communiqu[eé]s?|statements?|bulletins?|surveys?|releases?|data|figures|filings?|announcements?|memo|letter|study)\s+(?:said|says|showed|shows|stated|states|found|finds|added|reported|revealed)\b/iu;

/** Whether `timex` is a day whose possessive names the document a statement is attributed to. */
export function daysDocumentSaid(text: string, timex: Timex): boolean {
  return DAY_WORD.test(timex.text.trim()) && DOCUMENT_SAID.test(text.slice(timex.end, timex.end + 60));
}
