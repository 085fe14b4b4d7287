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
  const end = clauseEnd(text, from, sentence.end);
  if (text.slice(from, end).split(/\s+/).length < 3) return null;
  const [per, kind, granularity] = UNIT[v[2]];
  const n = Number(v[1]) * per * (joint[1].toLowerCase() === 'after' ? -1 : 1);
  const shift = (s: string) => formatDay(kind === 'day' ? addDays(day(s), n) : addMonths(day(s), n));
  const range = kind === 'month' && anchor.range.granularity !== 'day' ? monthSpan(shift(anchor.range.start), shift(anchor.range.end)) : { start: shift(anchor.range.start), end: shift(anchor.range.end) };
  return { clause: { start: from, end }, words: { start: count.start, end: from - 1 }, range: { ...range, granularity: coarser(granularity, anchor.range.granularity) } };
}

const CLAUSE_STOP = /[,;:.!?—–(]|\s(?:and|but|while|which)\s/;
// "a day after Chrysler, another U.S. car maker, released a list": a name set apart by an
// apposition between commas is still the clause's subject; its verb comes after the second comma
const NAME_BEFORE_APPOSITION = /^(?:[\p{L}'’.-]+\s+){0,4}\p{Lu}[\p{L}'’.-]*\s*$/u;
// (the apposition opens on an article, a number or "also": ", another U.S. car maker,", ", 37,",
// ", also 19,"; not on a clause of its own, "two years after launching Fox, Ailes got married")
const APPOSITION = /^,\s+(?:an?|the|another|also|its|his|her|their|one|\d+)\b(?:[^,;:.!?()]|\.(?!\s+\p{Lu})){0,60}?,\s+(?=\p{Ll})/u;

/** Where the placed clause that starts at `from` ends: at a stop or a new clause. */
function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const rest = text.slice(from, sentenceEnd);
  const stop = CLAUSE_STOP.exec(rest);
  const end = from + (stop?.index ?? rest.length);
  const head = text.slice(from, end);
  const apposition = stop?.[0] === ',' && NAME_BEFORE_APPOSITION.test(head) && !/^\p{L}+ing\b/u.test(head) ? APPOSITION.exec(text.slice(end, sentenceEnd)) : null;
  // (an apposition names; a verb in it makes it a clause: ", the firm opened a plant,")
  if (!apposition || /\b(?:\p{L}+ed|is|are|was|were|has|had|have)\b/u.test(apposition[0])) return end;
  const after = end + apposition[0].length;
  const tail = text.slice(after, sentenceEnd);
  return after + (CLAUSE_STOP.exec(tail)?.index ?? tail.length);
}

function monthSpan(start: string, end: string): { start: string; end: string } {
  const last = day(end);
  return { start: `${start.slice(0, 8)}01`, end: formatDay(addDays(addMonths({ ...last, day: 1 }, 1), -1)) };
}

const FINENESS = ['day', 'weekend', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];
const coarser = (a: TimexRange['granularity'], b: TimexRange['granularity']) => (FINENESS.indexOf(a) >= FINENESS.indexOf(b) ? a : b);

// "His remarks come nearly two weeks after the government banned exports": a present "come"
// (or "is", "arrives", "follows") counts from the day of writing itself; so does one joined to a
// clause of its own ("... was confirmed this morning and comes a day after her friend died").
const HEDGE = '(?:(?:nearly|almost|about|just|only|some|roughly|more than|less than|barely)\\s+)?';
const COMES_NOW = new RegExp(`^[^.;:!?]{0,80}?\\b(?:comes?|arrives?|follows?|is|are)\\s+${HEDGE}$`, 'i');
const AND_COMES = new RegExp(`\\band\\s+(?:comes|follows)\\s+${HEDGE}$`, 'i');

// "It comes just hours after the ministry allowed ...", "The arrests come weeks after ...": a
// count of hours from the day of writing lands on it or the day before; "days" and "weeks"
// without a number lie a few days, a few weeks back (as toldFrom.ts reads them).
const LOOSE_FROM_TODAY: Record<string, [number, number]> = { PTXH: [-1, 0], PXD: [-10, -2], PXW: [-42, -7] };
function looseFromToday(count: Timex): [number, number] | null {
  const hours = /^PT(\d+)H$/.exec(count.value);
  if (hours) return Number(hours[1]) < 24 ? [-1, 0] : null;
  return LOOSE_FROM_TODAY[count.value] ?? null;
}

/** The happenings of the sentence placed by a count from one of its dates (countedFrom.ts), or
 * from the day of writing (`published`) when the clause before the count is "X comes". */
export function placedByCount(text: string, sentence: Span, timexes: Timex[], published?: string): CountedFrom[] {
  const out: CountedFrom[] = [];
  for (const count of timexes) {
    if (count.type !== 'DURATION') continue;
    const before = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.end <= count.start && !t.value.endsWith('_REF')).at(-1);
    const anchor = before ? { timex: before, range: timexRange(before) } : null;
    const p = anchor?.range ? countedFrom(text, sentence, count, { timex: anchor.timex, range: anchor.range }) : null;
    const lead = text.slice(sentence.start, count.start);
    const fromToday = !p && published && ((!before && COMES_NOW.test(lead)) || AND_COMES.test(lead)) ? countedFromToday(text, sentence, count, published.slice(0, 10)) : null;
    if (p ?? fromToday) out.push((p ?? fromToday)!);
  }
  return out;
}

/** The happening a count places back from the day of writing `today` ("comes a day after"). */
function countedFromToday(text: string, sentence: Span, count: Timex, today: string): CountedFrom | null {
  const timex: Timex = { start: count.start, end: count.start, text: '', type: 'DATE', value: today };
  const exact = countedFrom(text, sentence, count, { timex, range: { start: today, end: today, granularity: 'day' } });
  const loose = exact ? null : looseFromToday(count);
  const joint = loose && /^\s+after\s+/i.exec(text.slice(count.end, count.end + 10));
  if (!loose || !joint) return exact;
  const from = count.end + joint[0].length;
  const end = clauseEnd(text, from, sentence.end);
  if (text.slice(from, end).split(/\s+/).length < 3) return null;
  const shift = (n: number) => formatDay(addDays(day(today), n));
  return { clause: { start: from, end }, words: { start: count.start, end: from - 1 }, range: { start: shift(loose[0]), end: shift(loose[1]), granularity: count.value === 'PXW' ? 'week' : 'day' } };
}
