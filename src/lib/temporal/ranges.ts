// Which neighbouring timexes of a text name the two ends of one span: "from 2009 to 2011",
// "between Monday and Wednesday", "June 12-14", "Jan. 5 to Feb. 2", "2009-2010". TimeML tags
// each end as a TIMEX3 of its own (a span's DURATION with beginPoint/endPoint is
// non-consuming and not produced here); this module only says which pairs belong together,
// judging by the few characters between them. Knows nothing of how the ends were resolved nor
// of events; reads at most a bounded window around each pair, so it is linear in the timexes.
import type { Timex } from '../document';

export interface RangePair {
  /** Indices into the timex array given: its start and its end. */
  from: number;
  to: number;
  /** The phrase's offsets in the text, "from"/"between" included ("from 2009 to 2011"). */
  start: number;
  end: number;
}

// What may stand between two ends. "and" only joins after "between" ("in March and June" is
// two dates); a spaced em dash is a clause break ("last week — and next month"), so an em
// dash joins only unspaced ("2009—2011").
// ("from 2026 up to 2028": "up to" joins only after "from", alone it is a deadline's "by")
const JOINT = /^(?:\s{1,3}(?:to|until|till|through|thru|and|up\s+to|up\s+until)\s{1,3}|\s?[-\u2013]\s?|\u2014)$/i;
const OPENER = /\b(from|between)\s+$/i;

// "moved the vote from Tuesday to Thursday", "postponed from March to June", "compared 2009 to
// 2011": a change of date or a comparison names two alternatives, not one span.
const CHANGE =
  /\b(?:move[ds]?|moving|postpon\w*|delay\w*|push\w*|pull\w*|reschedul\w*|shift\w*|brought|bring\w*|advanc\w*|switch\w*|chang\w*|extend\w*|compar\w*)\b[^.;!?]{0,40}$/i;

// a wire dateline up to its day ("MILWAUKEE, June 2", "ATLANTIC CITY, N.J., April 8"): the dash
// after it opens the story ("MILWAUKEE, June 2 - April 30 end", "WASHINGTON, March 17 - January
// housing starts rose"), it joins no span
const DATELINE_HEAD = /^[A-Z][A-Z .'-]+,[^\n]{0,40}$/;

const isPoint = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && /^\d/.test(t.value);

/** The pair at timexes[i], timexes[i+1], or null when they are not one span. */
function pairAt(text: string, timexes: Timex[], i: number): RangePair | null {
  const [a, b] = [timexes[i], timexes[i + 1]];
  if (!isPoint(a) || !isPoint(b) || b.start < a.end || b.start - a.end > 9) return null;
  const joint = text.slice(a.end, b.start);
  if (!JOINT.test(joint)) return null;
  if (joint === ' - ') {
    const line = text.lastIndexOf('\n', a.start) + 1;
    if (a.start - line <= 60 && DATELINE_HEAD.test(text.slice(line, a.end))) return null;
  }
  const opener = OPENER.exec(text.slice(Math.max(0, a.start - 9), a.start));
  const word = joint.trim().toLowerCase();
  if (word === 'and' && opener?.[1].toLowerCase() !== 'between') return null;
  if (/^up\s/.test(word) && opener?.[1].toLowerCase() !== 'from') return null;
  if (/^(?:to|until|till|through|thru|up\s+to|up\s+until)$/.test(word)) {
    const before = text.slice(Math.max(0, a.start - (opener?.[0].length ?? 0) - 60), a.start - (opener?.[0].length ?? 0));
    if (CHANGE.test(before)) return null;
  }
  // a dash between two bare numbers of one date ("2025-11") is the tagger's business, never
  // a span: both ends must be words of their own
  if (word.length <= 1 && (/[-\u2013]$/.test(a.text) || /^[-\u2013]/.test(b.text))) return null;
  return { from: i, to: i + 1, start: a.start - (opener?.[0].length ?? 0), end: b.end };
}

/**
 * Pairs of adjacent timexes that name one span, in text order. `timexes` must be sorted by
 * start and non-overlapping (as tagTimexes returns them); an end never starts another pair.
 */
export function findRanges(text: string, timexes: readonly Timex[]): RangePair[] {
  const out: RangePair[] = [];
  for (let i = 0; i + 1 < timexes.length; i++) {
    const pair = pairAt(text, timexes as Timex[], i);
    if (pair) {
      out.push(pair);
      i++;
    }
  }
  return out;
}
