// A span's two dates make one dated mention: "from Tuesday to Thursday next week", "between
// 2010 and 2015", "June 12-14". Which pairs are spans is the tagger's judgement (findRanges,
// which also knows that "moved the vote from Tuesday to Friday" is not one); here the pair
// becomes one mention: its days run from the first day of the start to the last day of the
// end, its granularity is the coarser of the two, its words are the whole phrase, and its
// TimeML value is the start's ("2025-11-11/2025-11-13" is no TimeML value). Must not know
// about labels, clauses or the publication day.
import type { Granularity, Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { findRanges } from '../temporal/ranges';

export interface Dated {
  timex: Timex;
  range: TimexRange;
}

const FINENESS: Granularity[] = ['day', 'weekend', 'week', 'month', 'season', 'quarter', 'half', 'year', 'decade', 'century'];

const coarser = (a: Granularity, b: Granularity): Granularity => (FINENESS.indexOf(a) >= FINENESS.indexOf(b) ? a : b);

/** Whether the dates `a` then `b` of `text` are the two ends of one span. */
export function joinsRange(text: string, a: Timex, b: Timex): boolean {
  return findRanges(text, [a, b]).length === 1;
}

/**
 * The one mention of the span `a`..`b`, or null when they are no span or `b` ends before `a`
 * starts (a slip of the writer or of the tagger: better two events than a backwards one).
 */
export function rangeMention(text: string, a: Dated, b: Dated): Dated | null {
  const pair = findRanges(text, [a.timex, b.timex])[0];
  if (!pair || b.range.end < a.range.start) return null;
  const { mod: _mod, ...start } = a.timex;
  // a mod narrows one end ("early March to late May"): the span's days already hold it
  const mod = a.timex.mod && a.timex.mod === b.timex.mod ? { mod: a.timex.mod } : {};
  return {
    timex: { ...start, ...mod, start: pair.start, end: pair.end, text: text.slice(pair.start, pair.end) },
    range: { start: a.range.start, end: b.range.end, granularity: coarser(a.range.granularity, b.range.granularity) },
  };
}

// "in late 2010 or early 2011", "on Monday or Tuesday": the writer is unsure which; the
// happening is one, somewhere in the two, not two events; "and/or" is a forecast's "or"
// ("storms Friday and/or Saturday").
const OR_JOINT = /^\s*,?\s*(?:and\/)?or\s+(?:in\s+|on\s+|at\s+)?$/i;
// "in the late 1950s and early 1960s": two periods that follow on from each other are one era
const AND_JOINT = /^\s*and\s+(?:in\s+)?(?:the\s+)?$/i;
const RUNNING_JOINT = /^\s*(?:,\s*)?and\s+$|^\s*,\s*$/i;
const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

// "in March and April of 2008": the year written once, after the last month, is every month's
// (a bare month alone is put in the year the tagger judges nearest, which may be another).
const YEAR_OF = /\b((?:1[89]|20)\d\d)\b/;
function inYearOf(a: Dated, b: Dated): Dated {
  const year = YEAR_OF.exec(b.timex.text)?.[1];
  if (!year || /\d/.test(a.timex.text) || a.range.granularity !== 'month' || a.range.start.slice(0, 4) === year) return a;
  return { ...a, range: { ...a.range, start: year + a.range.start.slice(4), end: year + a.range.end.slice(4) } };
}

/** The one mention of two dates given as alternatives, or as one era, two running days or two running years told in two parts, or null. */
export function alternativeMention(text: string, first: Dated, b: Dated): Dated | null {
  const joint = text.slice(first.timex.end, b.timex.start);
  const a = RUNNING_JOINT.test(joint) ? inYearOf(first, b) : first;
  // (decades only: "growth in 2020 and in 2021", "three increases in both 2018 and 2019" are each year's)
  const era = AND_JOINT.test(joint) && /\d0['’]?s\b/.test(a.timex.text) && /\d0['’]?s\b/.test(b.timex.text) && dayAfter(a.range.end) === b.range.start;
  // "met the panel on Tuesday and Wednesday", "a revolt in 1811 and 1812": one happening over two
  // days or years running. (Days or years apart, "on Monday and Thursday", stay two, and so do
  // two told as two: "in both 2018 and 2019", "in 2020 and in 2021".)
  // ("Masses: 5 p.m. Monday and 10 a.m. Tuesday": two times are two sittings)
  // ("inspections in February, March and April", "flew in March and April": running months
  // are one stretch too; a list runs on through its commas)
  const running = RUNNING_JOINT.test(joint) && a.timex.type === 'DATE' && b.timex.type === 'DATE' && !/\bboth\s+(?:in\s+|on\s+)?$/i.test(text.slice(Math.max(0, a.timex.start - 10), a.timex.start)) && a.range.granularity === b.range.granularity && (a.range.granularity === 'day' || a.range.granularity === 'month' || a.range.granularity === 'year') && dayAfter(a.range.end) === b.range.start;
  if ((!OR_JOINT.test(joint) && !era && !running) || b.range.end < a.range.start) return null;
  const { mod: _mod, ...start } = a.timex;
  return {
    timex: { ...start, end: b.timex.end, text: text.slice(a.timex.start, b.timex.end) },
    range: { start: a.range.start, end: b.range.end, granularity: coarser(a.range.granularity, b.range.granularity) },
  };
}

// "savings dropped from about 10 percent of income in 1985 to less than 2 percent in 2007", "the
// jobless rate rose from 5% in 2010 to 9% in 2012": a change told by its two ends, each with its
// figure and its date, is one change over the span between them. Its words stay the first date's
// (the second is left out of the label as a statement's other dates are), so the label keeps both
// figures' words but the dates.
const FIGURE = String.raw`(?:(?:about|around|nearly|almost|roughly|more\s+than|less\s+than|over|under|just)\s+)?[$€£¥]?\d[\d.,]*\s*(?:%|percent|per\s+cent|points?|[mb]illion|bn|m|k)?`;
const CHANGE_FROM = new RegExp(String.raw`\bfrom\s+${FIGURE}(?:\s+[\w’'-]+){0,5}\s+in\s+$`, 'i');
const CHANGE_TO = new RegExp(String.raw`^\s+to\s+${FIGURE}(?:\s+[\w’'-]+){0,5}\s+(?:in|by)\s+$`, 'i');

/** The one mention of a change told from a figure at `a` to a figure at `b`, or null. */
export function changeMention(text: string, a: Dated, b: Dated): Dated | null {
  if (b.range.start <= a.range.end || !CHANGE_TO.test(text.slice(a.timex.end, b.timex.start)) || !CHANGE_FROM.test(text.slice(Math.max(0, a.timex.start - 90), a.timex.start))) return null;
  return { timex: a.timex, range: { start: a.range.start, end: b.range.end, granularity: coarser(a.range.granularity, b.range.granularity) } };
}
