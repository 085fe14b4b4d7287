// Which dates set the story's own time, the day a narrative goes on from ("late that evening",
// "The following morning", "At 10:17 p.m."). A feature tells its night or week in its own
// voice; a date in an aside belongs to something the story mentions, not to where the story is
// (it holds for the rest of its sentence only: anchors.ts):
// - a document's date ("the report, which was dated Oct. 4", "a letter dated March 3");
// - a date inside a direct quotation (an email's "the happenings on Tuesday, 12/15/15"): the
//   speaker's frame, not the narrator's;
// - a date in parentheses;
// - a year opening a title run into the text (a link's "2017 NFL Mock Draft 4.0: Where ...");
// - the reporter's own day in the courtesy line ("was not immediately available Friday", "did
//   not respond to requests for comment Friday"): when the story was written, not told;
// - a step that describes a noun ("the cover of the next day's paper", "deliveries for the next
//   day"): the time of the paper or the deliveries, the story still on its evening.
// Not an aside: a relative clause's date ("which exploded April 20 and sank two days later"),
// which chronologies and background sentences use as the story's own (tried on Timeline17: 104
// timexes changed, most of them for the worse). Knows nothing of values: it reads the text
// around a timex only.

import { measuredFrom as measuredFromDate } from './narrativeYear';

// a document's date: "dated", "datelined" right before the date
const DOCUMENT = /\b(?:dated|datelined|postmarked|timestamped) (?:on )?$/i;
// the courtesy line: a reporter asked and got no answer, on the day of writing
const COURTESY = /\b(?:not (?:immediately )?(?:be )?available(?: for (?:comment|an interview))?|(?:did not|didn't|could not|couldn't) (?:immediately )?(?:respond|reply|return|be reached|comment)(?: to (?:a |an )?(?:requests?|messages?|calls?|emails?|inquir(?:y|ies))(?: for comment)?| (?:a |the )?(?:calls?|messages?|emails?)| for comment)?|declined to comment(?: further)?),? (?:on )?$/i;
// a word DOCUMENT or COURTESY cannot match without (most dates stand near none: the two are
// tried only where one does)
const ASIDE_WORD = /dated|datelined|postmarked|timestamped|available|respond|reply|return|reached|comment/i;
const NOUN_STEP = /^(?:the )?(?:next|following|previous|preceding) (?:day|morning|evening|night|week)$/i;

// a comparison counted back ("a month earlier", "a year ago", "the year before") and what sets
// a figure against it right before it ("below ", "than ", "from 61,169 ", "against 3.2 pct ")
const COUNTED_BACK = /^(?:a|an|one|two|three|four|six|twelve|\d+)\s+(?:year|month|week|quarter|day)s?\s+(?:earlier|ago|before)$/i;
const BASE_BEFORE = /\b(?:below|above|than|from|against|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:(?:a|an|the)\s+)?(?:[$\u00a3]?\d[\d.,]*\s*(?:%|pct|percent|mln|million|billion|bln|dlrs|stg|units|cars|tonnes)?\s+)?$/i;

export interface StoryTime {
  /** a date in an aside: it holds for the rest of its own sentence only */
  aside: boolean;
  /** a date a record or a change in figures is measured from ("the lowest since December 1977",
   * "up 19.3 pct from late March 1986"): an aside, and no period the story reports */
  measuredFrom: boolean;
  /** a clock time told in the prose with its preposition ("At 10:17 p.m.,", "By 2:30 a.m."),
   * not a live blog's stamp ("10.27 pm :", "Update 1:16 a.m."): the story's clock */
  told: boolean;
}

// the preposition of a clock time told in the narrative
const CLOCK_TOLD = /\b(?:at|by|until|till|around|about|after|before|shortly after|just after|just before)\s+$/i;

/**
 * For each span of `text` (in reading order), whether it sets the time a narrative goes on from.
 * One sweep over the text: quotation marks and parentheses are counted as it goes, within
 * each paragraph (a page's paragraph can hold many dates).
 */
export function storyTimes(text: string, spans: readonly { start: number; end: number }[]): StoryTime[] {
  let at = 0;
  let quotes = 0;
  let lastOpen = -1;
  let lastClose = -1;
  const one = ({ start, end }: { start: number; end: number }): StoryTime => {
    if (start < at) return { aside: false, measuredFrom: false, told: false }; // (out of order: read as a main clause's)
    // (by character code: a one-character string per character of the text cost more than the
    // tests on it)
    for (; at < start; at++) {
      const c = text.charCodeAt(at);
      if (c === 10) {
        quotes = 0;
        lastOpen = lastClose = -1;
      } else if (c === 34 || c === 0x201c || c === 0x201d) quotes++;
      else if (c === 40) lastOpen = at;
      else if (c === 41) lastClose = at;
    }
    // an odd count of quotation marks before it in its paragraph: inside a quote (curly quotes
    // are counted as marks either way, as pages mix the two); an unclosed parenthesis: an aside
    const told = CLOCK_TOLD.test(text.slice(Math.max(0, start - 14), start)) && /\d/.test(text.slice(start, end));
    // the date a record or a change is measured from ("the lowest since December 1977", "up 19.3
    // pct from late March 1986", "against 4.77 billion in December 1985"), its year written: a
    // point of comparison, not a step of the story, whose comparisons ("a month earlier", "a
    // year ago") still count from the period it reports
    // (and so is a comparison counted back from the story's period, "15 basis points below a
    // month earlier", "from 61,169 a year ago": the next sentence's "a month earlier" counts
    // from the period reported, not from this one)
    const measuredFrom = /\d{4}/.test(text.slice(start, end))
      ? measuredFromDate(text, start)
      : COUNTED_BACK.test(text.slice(start, end)) && BASE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
    return { aside: quotes % 2 === 1 || lastOpen > lastClose || measuredFrom || !setsStoryTime(text, start, end), measuredFrom, told };
  };
  // (a loop, not spans.map: the lists passed between the passes are all made by push, so that
  // V8's optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: StoryTime[] = [];
  for (let i = 0; i < spans.length; i++) out.push(one(spans[i]));
  return out;
}

/** Whether the timex at [start, end) of `text`, read in its sentence alone, sets the story's time. */
function setsStoryTime(text: string, start: number, end: number): boolean {
  const raw = text.slice(Math.max(0, start - 90), start);
  // (read with each run of white space one space, copied only where a test needs it)
  const near = () => oneSpaced(raw);
  if (ASIDE_WORD.test(raw) && (DOCUMENT.test(near()) || COURTESY.test(near()))) return false;
  const words = text.slice(start, end);
  // a year opening a title run into the text, a link's "2017 NFL Mock Draft 4.0: Where ..."
  // (a year before a noun in a sentence, "his 2011 debut", dates the debut and stays)
  if (/^\d{4}$/.test(words) && /^ [A-Z]/.test(text.slice(end, end + 2)) && /(?:^|[.!?] )$/.test(near())) return false;
  if (NOUN_STEP.test(words)) {
    // "the next day's paper", "deliveries for the next day"
    if (/^['\u2019]s\b/.test(text.slice(end, end + 3))) return false;
    if (/\bfor $/i.test(near())) return false;
  }
  return true;
}

// (most text is spaced singly already: the copy is made only where a run or a line break needs it)
const NOT_ONE_SPACED = /[^\S ]|  /;
/** `text` with every run of white space one space. */
function oneSpaced(text: string): string {
  return NOT_ONE_SPACED.test(text) ? text.replace(/\s+/g, ' ') : text;
}
