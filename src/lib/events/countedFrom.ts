// A happening dated by its distance from a dated one: "brought pumps on May 3, two days after
// the river flooded 300 homes", "return to flight in January — four months after a rocket
// explosion damaged its launchpad". News dates the main fact and places the earlier (or later)
// one by a count of days, weeks, months or years; the reader subtracts. Only a count of whole
// days or more, only after a date of the same sentence, and only a clause with words of its
// own. Must not know about statuses or the publication day.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addDays, addMonths, formatDay, parseDay as day } from '../temporal/calendar';
import { timexRange } from '../temporal/range';
import type { Span } from '../analysis';

const UNIT: Record<string, [number, 'day' | 'month', TimexRange['granularity']]> = { D: [1, 'day', 'day'], W: [7, 'day', 'week'], M: [1, 'month', 'month'], Y: [12, 'month', 'year'] };

export interface CountedFrom {
  /** The clause that is placed ("the river flooded 300 homes"). */
  clause: Span;
  /** The count and its joint ("two days after"), the words the event is dated by. */
  words: Span;
  range: TimexRange;
}


/** The happening `count` places against the dated `anchor` earlier in its sentence, or null. */
export function countedFrom(text: string, sentence: Span, count: Timex, anchor: { timex: Timex; range: TimexRange } | undefined): CountedFrom | null {
  if (count.type !== 'DURATION' || !anchor || anchor.timex.end > count.start) return null;
  const v = /^P(\d+)([DWMY])$/.exec(count.value);
  const joint = /^\s+(after|before)\s+/i.exec(text.slice(count.end, count.end + 10));
  if (!v || !joint) return null;
  // between the anchor and the count only a comma or a dash: "on May 3, two days after"
  if (!/^[\s,—–-]*$/.test(text.slice(anchor.timex.end, count.start))) return null;
  const from = count.end + joint[0].length;
  const rest = text.slice(from, sentence.end);
  const end = from + (/[,;:.!?—–(]|\s(?:and|but|while|which)\s/.exec(rest)?.index ?? rest.length);
  if (text.slice(from, end).split(/\s+/).length < 3) return null;
  const [per, kind, granularity] = UNIT[v[2]];
  const n = Number(v[1]) * per * (joint[1].toLowerCase() === 'after' ? -1 : 1);
  const shift = (s: string) => formatDay(kind === 'day' ? addDays(day(s), n) : addMonths(day(s), n));
  const range = kind === 'month' && anchor.range.granularity !== 'day' ? monthSpan(shift(anchor.range.start), shift(anchor.range.end)) : { start: shift(anchor.range.start), end: shift(anchor.range.end) };
  return { clause: { start: from, end }, words: { start: count.start, end: from - 1 }, range: { ...range, granularity: coarser(granularity, anchor.range.granularity) } };
}

function monthSpan(start: string, end: string): { start: string; end: string } {
  const last = day(end);
  return { start: `${start.slice(0, 8)}01`, end: formatDay(addDays(addMonths({ ...last, day: 1 }, 1), -1)) };
}

const FINENESS = ['day', 'weekend', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];
const coarser = (a: TimexRange['granularity'], b: TimexRange['granularity']) => (FINENESS.indexOf(a) >= FINENESS.indexOf(b) ? a : b);

// "His remarks come nearly two weeks after the government banned exports": a present "come"
// (or "is", "arrives") counts from the day of writing itself.
const COMES_NOW = /^[^.;:!?]{0,80}?\b(?:comes?|arrives?|is|are)\s+(?:(?:nearly|almost|about|just|some|roughly|more than|less than|barely)\s+)?$/i;

/** The happenings of the sentence placed by a count from one of its dates (countedFrom.ts), or
 * from the day of writing (`published`) when the clause before the count is "X comes". */
export function placedByCount(text: string, sentence: Span, timexes: Timex[], published?: string): CountedFrom[] {
  const out: CountedFrom[] = [];
  for (const count of timexes) {
    if (count.type !== 'DURATION') continue;
    const before = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.end <= count.start && !t.value.endsWith('_REF')).at(-1);
    let anchor = before ? { timex: before, range: timexRange(before) } : null;
    if (!before && published && COMES_NOW.test(text.slice(sentence.start, count.start))) {
      const today = published.slice(0, 10);
      anchor = { timex: { start: count.start, end: count.start, text: '', type: 'DATE', value: today }, range: { start: today, end: today, granularity: 'day' } };
    }
    const p = anchor?.range ? countedFrom(text, sentence, count, { timex: anchor.timex, range: anchor.range }) : null;
    if (p) out.push(p);
  }
  return out;
}
