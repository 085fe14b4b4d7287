// The dated mentions of one statement: each calendar date with its day range, merged where two
// timexes name one span ("from 2015 to 2021") or one day ("October of next year"), and with
// the cue words of its own stretch of the clause when a clause holds several dates. Must not
// know about labels or the publication day.
import type { Timex } from '../document';
import { timexRange, type TimexRange } from '../temporal/range';
import { readCues, type Cues } from './cues';
import { withoutSpans } from './label';
import type { Statement } from './statements';

export interface Mention {
  timex: Timex;
  range: TimexRange;
  cues: Cues;
  /** The cues of the words before the date only (see status.ts for the publication day). */
  cuesBefore: Cues;
}

const RANGE_JOINT = /^\s*(?:to|until|till|through|thru|and|[-–—])\s*$/i;
const RANGE_OPENER = /\b(?:from|between)\s+$/i;
const NESTING_JOINT = /^\s*(?:of|,)?\s*$/i;

/** Whether two dates form one span: "from X to Y", "between X and Y", "X–Y". */
function joinsRange(text: string, a: Timex, b: Timex): boolean {
  const joint = text.slice(a.end, b.start);
  if (joint.length > 12 || !RANGE_JOINT.test(joint)) return false;
  return /[-–—]/.test(joint) || RANGE_OPENER.test(text.slice(Math.max(0, a.start - 9), a.start));
}

const inside = (a: TimexRange, b: TimexRange) => a.start >= b.start && a.end <= b.end;

function merged(text: string, a: Timex, b: Timex, value: string): Timex {
  return { ...a, end: b.end, text: text.slice(a.start, b.end), value };
}

export function mentionsOf(text: string, st: Statement): Mention[] {
  const dated: { timex: Timex; range: TimexRange }[] = [];
  for (const timex of st.timexes) {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    const range = timexRange(timex);
    if (range) dated.push({ timex, range });
  }
  const joined: { timex: Timex; range: TimexRange }[] = [];
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i];
    const b = dated[i + 1];
    if (b && joinsRange(text, a.timex, b.timex) && b.range.end >= a.range.start) {
      joined.push({ timex: merged(text, a.timex, b.timex, `${a.timex.value}/${b.timex.value}`), range: { ...a.range, end: b.range.end } });
      i++;
    } else if (b && b.timex.start - a.timex.end <= 4 && NESTING_JOINT.test(text.slice(a.timex.end, b.timex.start)) && (inside(a.range, b.range) || inside(b.range, a.range))) {
      // "October of next year", "Monday, Nov. 3": one date said twice; keep the finer one.
      const fine = inside(a.range, b.range) ? a : b;
      joined.push({ timex: merged(text, a.timex, b.timex, fine.timex.value), range: fine.range });
      i++;
    } else joined.push(a);
  }
  // With several dates, each takes the cues of the words leading up to it (the last one also
  // those after it): in "announced today an event to be held on October 12", "to be held"
  // belongs to October 12, not to today. News puts the modal before its date.
  const dates = joined.map((j) => j.timex);
  return joined.map((m, i) => {
    const from = i === 0 ? st.span.start : joined[i - 1].timex.end;
    const before = readCues(withoutSpans(text, { start: from, end: m.timex.end }, dates));
    if (joined.length === 1) return { ...m, cues: st.cues, cuesBefore: before };
    const to = i === joined.length - 1 ? st.span.end : m.timex.end;
    const own = readCues(withoutSpans(text, { start: from, end: to }, dates));
    return { ...m, cues: { ...own, didNotHappen: own.didNotHappen || st.cues.didNotHappen }, cuesBefore: before };
  });
}
