// A date inside the title of a work: "the theme to “2001: A Space Odyssey”", "the hit “Summer of
// 1969”", "tickets for “Blade Runner 2049”". News writes a film's, a song's or a book's title in
// quotation marks, every word capitalised but the small ones, or sets a year before a colon and a
// capitalised subtitle; the date is a word of the title, and the sentence tells what was done with
// the work, dated elsewhere or not at all. A quoted saying ("“We will vote on Monday,” she said")
// is written in sentence case and keeps its day; a chronology's line ("2001: The company is
// founded") opens on its year, which dates it.
// Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';

const OPENING = /[“"‘]([^“”"‘’\n]{0,80})$/u;
const CLOSING = /^([^“”"‘’\n]{0,80})[”"’]/u;
// the small words a title leaves in lower case
const SMALL = /^(?:a|an|the|of|in|on|at|to|for|and|or|but|nor|with|from|by|as|vs\.?|v\.?)$/;
// a word of a title: capitalised, a figure ("2049", "’69"), or a small word
const TITLE_WORD = /^(?:[\p{Lu}\d’'][\p{L}\d’'.&-]*[:,!?]?|[-–—:&])$/u;

function quotedTitle(text: string, timex: Timex): boolean {
  const open = OPENING.exec(text.slice(Math.max(0, timex.start - 80), timex.start));
  const close = open && CLOSING.exec(text.slice(timex.end, timex.end + 80));
  if (!open || !close) return false;
  const inside = `${open[1]}${timex.text}${close[1]}`.trim();
  // (a saying ends on its stop inside the marks: “It ends in March.”)
  if (/[.!?]$/.test(inside) || /[.!?]\s/.test(inside)) return false;
  const words = inside.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  // every word a title's, the first capitalised, and at least one capitalised word the date's own
  // words leave out or a small word between capitals ("Summer of 1969")
  if (!words.every((w, i) => TITLE_WORD.test(w) || (i > 0 && SMALL.test(w)))) return false;
  return /^[\p{Lu}\d’']/u.test(words[0]);
}

// "the theme to 2001: A Space Odyssey": a year before a colon and a capitalised subtitle, inside
// the sentence (a year opening the line or the sentence heads a chronology's entry)
const SUBTITLE = /^:\s+(?:A|An|The|[\p{Lu}][\p{Ll}]+)\s+[\p{Lu}]/u;
function yearBeforeSubtitle(text: string, timex: Timex): boolean {
  if (!/^\d{4}$/.test(timex.text) || !SUBTITLE.test(text.slice(timex.end, timex.end + 24))) return false;
  const before = text.slice(Math.max(0, timex.start - 40), timex.start);
  // (a letter before it: "Aug. 12, 1984: Jo Smith.", "1985, 1988: The Band." head a chronology's line)
  return /\p{L}\s+[“"‘]?$/u.test(before);
}

/** Whether `timex` is a word of a quoted title or a year heading a work's subtitle. */
export function workTitle(text: string, timex: Timex): boolean {
  return yearBeforeSubtitle(text, timex) || quotedTitle(text, timex);
}
