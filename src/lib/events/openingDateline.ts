// A dateline the copy opens on, in the forms the wire and press-release desks set that the page
// stamps (stamps.ts's isDateline) do not take: a place in title case or capitals, its day and a
// plain hyphen before a company set in angle brackets, as Reuters' archive marks one ("Toronto,
// April 9 - <Noranda Inc> said ..."), and a full date with its year opening the body's first line
// before a dash, with no place ("16 January 2008 – The Security Council today discussed ...", a
// UN or a company release). The day is the copy's, not an event's. A chronology's entries open
// their lines the same way ("June 4, 1989 - At least 575 people are killed ...") and are events:
// a text with two lines or more so opened (the later ones with or without their year) is a list,
// and keeps them. Must not know about labels,
// statuses or how timexes were found.
import type { Timex } from '../document';

// "Toronto, April 9 - <": the place (one to three words, capitals or title case) and a region
const PLACE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?,\s*$/u;
const BRACKETED_COMPANY_AFTER = /^\s+-\s+</;
// "16 January 2008 – The", "January 16, 2008 -- Acme"
const FULL_DATE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?,?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})$/u;
const LINE_START = /(?:^|\n)[ \t]*$/;
const DASH_THEN_COPY = /^\s*(?:--|[—–-])\s+[\p{Lu}<“"]/u;
// how far into the text the copy's first line may start (a title or a kicker may stand before it)
const OPENING_REACH = 600;
// (a chronology's later entries may leave the year out: "April 22 - The rig sinks")
const DATED_LINE = /(?:^|\n)[ \t]*(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?(?:\s*,?\s+\d{4})?|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:\s*,?\s+\d{4})?)\s*(?:--|[—–-])\s+\S/gu;

/** Whether `timex` is the day of a dateline the copy opens on (see above). */
export function openingDateline(text: string, timex: Timex): boolean {
  if (PLACE_BEFORE.test(text.slice(Math.max(0, timex.start - 60), timex.start)) && BRACKETED_COMPANY_AFTER.test(text.slice(timex.end, timex.end + 6))) return true;
  if (timex.start > OPENING_REACH || !FULL_DATE.test(timex.text) || !LINE_START.test(text.slice(Math.max(0, timex.start - 10), timex.start))) return false;
  if (!DASH_THEN_COPY.test(text.slice(timex.end, timex.end + 8))) return false;
  return (text.match(DATED_LINE)?.length ?? 0) < 2;
}
