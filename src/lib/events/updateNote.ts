// "Update, May 24th at 4:58PM ET: Added more details.", "Update 3:00 a.m. in Cairo, 8:00 p.m.
// ET) U.S. President ...", "Correction, March 3: An earlier version ...": a web page's editor's
// note opens on "Update" or "Correction" and the day or the clock it was written, closed by a colon
// or a bracket before the note. The note's stamp is when the page changed, no happening of the
// story (the bracketed forms are stamps.ts's; this is the unbracketed one, whose bracket a page's
// reader may also have lost). "Updated figures released on Monday show ..." has no colon or bracket
// after its day, and keeps it. Must not know about labels, statuses or how timexes were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

// the note's opener, then at most a few words of stamp (a day, a clock, a city) before the timex
const OPENER = /^[\s(*•–—-]*(?:update[ds]?|correction|clarification|editor['’]s\s+note)\b[\s,:(]*(?:(?:at|on)\s+)?(?:[^\s()]+\s+){0,5}$/i;
// the stamp closes on a colon or a bracket, no full stop before it
const CLOSED = /^[^.:;()\n]{0,30}[):]/;

/** Whether `timex` is the stamp of an editor's update or correction note. */
export function updateNote(text: string, statement: Span, timex: Timex): boolean {
  // (from the line's start when the stamp opens it: a statement may start after the stamp's comma)
  // (looked for in the 60 characters before the stamp only: a text with few line breaks, a paste of
  // one long paragraph, would otherwise be searched back to its start for every date in it)
  const from = Math.max(0, timex.start - 61);
  const lineBreak = text.slice(from, timex.start).lastIndexOf('\n');
  const lineStart = lineBreak >= 0 ? from + lineBreak + 1 : from === 0 ? 0 : -1;
  const lead = text.slice(lineStart >= 0 && timex.start - lineStart <= 60 ? Math.min(lineStart, statement.start) : statement.start, timex.start);
  return lead.length <= 60 && OPENER.test(lead) && CLOSED.test(text.slice(timex.end, timex.end + 32));
}
