// A headline restates its story's lead in the headline present: "Delta Opens Cincinnati Hub
// Monday" over "Delta Air Lines opened its new Cincinnati hub Monday". Read alone, its present
// tense looks ahead (the futurate "opens Monday"), so a date the headline names and the lead
// names again in the same words takes the lead's value, read there with the lead's own verbs.
// The headline is the text's first line when it ends without a sentence's closing mark; the lead
// the few hundred characters after it. A wire headline that closes on the bare period its
// figures cover ("CANADA CURRENT ACCOUNT DEFICIT UP IN QUARTER", "MONEY SUPPLY RISES IN WEEK")
// names the period the lead reports, and takes the lead's first value of that unit. Knows
// nothing of how the timexes were found.
import type { Timex } from '../document';

// a headline is short; the lead is its first sentence or two
const HEADLINE_MAX = 160;
const LEAD_REACH = 600;

export function headlineDates(text: string, timexes: Timex[]): Timex[] {
  const start = text.search(/\S/);
  const end = start < 0 ? -1 : text.indexOf('\n', start);
  if (end < 0 || end - start > HEADLINE_MAX || /[.!?;:]["'\u201d\u2019]?\s*$/.test(text.slice(start, end))) return timexes;
  const lead = timexes.filter((t) => t.start > end && t.start < end + LEAD_REACH);
  if (!lead.length) return timexes;
  const bare = barePeriod(text.slice(start, end), start, lead);
  const all = bare && !timexes.some((t) => t.end > bare.start && t.start < bare.end) ? [bare, ...timexes] : timexes;
  const one = (t: Timex): Timex => {
    if (t.end > end || (t.type !== 'DATE' && t.type !== 'TIME')) return t;
    const words = t.text.toLowerCase();
    const again = lead.find((u) => u.text.toLowerCase() === words);
    if (!again || (again.value === t.value && again.type === t.type)) return t;
    const { mod: _mod, ...rest } = t;
    return again.mod ? { ...rest, type: again.type, value: again.value, mod: again.mod } : { ...rest, type: again.type, value: again.value };
  };
  // (a loop, not map: the lists passed between the passes are all made by push, so that V8's
  // optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: Timex[] = [];
  for (let i = 0; i < all.length; i++) out.push(one(all[i]));
  return out;
}

// the headline's closing "IN QUARTER", set in capitals as wire headlines are
const BARE_PERIOD = /\bIN\s+(QUARTER|MONTH|WEEK)\s*$/;
const COMPARED = /\b(?:before|previous|prior|earlier|ago|last|preceding)\b/i;
const UNIT_VALUE: Record<string, RegExp> = { QUARTER: /^\d{4}-Q[1-4]$/, MONTH: /^\d{4}-\d{2}$/, WEEK: /^\d{4}-W\d{2}$/ };

/** The headline's bare period as a timex valued by the lead's first period of its unit, or null. */
function barePeriod(headline: string, offset: number, lead: Timex[]): Timex | null {
  const m = BARE_PERIOD.exec(headline);
  if (!m || headline !== headline.toUpperCase()) return null;
  // (a period the lead compares with, "from 7.15 pct the week before", is not the one reported)
  const same = lead.find((t) => t.type === 'DATE' && UNIT_VALUE[m[1]].test(t.value) && !COMPARED.test(t.text));
  if (!same) return null;
  const at = offset + m.index + m[0].indexOf(m[1]);
  return { start: at, end: at + m[1].length, text: m[1], type: 'DATE', value: same.value };
}

// a period the lead compares with, not the one it reports
const COMPARED_PERIOD = /\b(?:before|previous|prior|preceding|earlier|ago|last|same|corresponding|comparable|year-ago|year-earlier)\b/i;
// the quarter or half a value names, resolved ("1986-Q4") or still placed by its tense
// ("ANCHOR_SAME(Q4)|1987-Q4")
const PERIOD_OF = /^(?:\d{4}-([QH][1-4])|ANCHOR_SAME\(([QH][1-4])\)\|\d{4}-[QH][1-4])$/;

/**
 * A wire headline names the quarter its story reports without the year ("FHLBB REPORTS THRIFT
 * RESULTS IN FOURTH QUARTER", "UNEMPLOYMENT RATE 3.9 PCT IN DECEMBER QUARTER"), which the lead
 * then gives ("in the fourth quarter of 1986", "in the quarter ended December 31"). Read alone,
 * the headline's present tense places it by the calendar, in a year the lead contradicts; it is
 * the lead's quarter, and so the period the story reports. Run before the story's reported period
 * is set (anchors.ts), so that its comparisons ("the year-earlier quarter") count from the lead's.
 * A headline quarter with its year or a relative word ("1986 FOURTH QUARTER", "LAST QUARTER")
 * keeps its own; the lead (the first paragraph) must state its quarter, not one it compares with.
 */
export function headlineQuarters(text: string, timexes: Timex[]): Timex[] {
  const start = text.search(/\S/);
  const end = start < 0 ? -1 : text.indexOf('\n', start);
  if (end < 0 || end - start > HEADLINE_MAX || /[.!?;:]["'\u201d\u2019]?\s*$/.test(text.slice(start, end))) return timexes;
  if (!timexes.some((t) => t.end <= end && t.type === 'DATE' && PERIOD_OF.test(t.value))) return timexes;
  // the lead is the story's first paragraph (a results table's notes, "1985 4th qtr net included",
  // come later and are last year's)
  const leadStart = text.slice(end).search(/\S/) + end;
  const leadEnd = Math.min(leadStart + LEAD_REACH, (text.indexOf('\n', leadStart) + 1 || text.length + 1) - 1);
  const one = (t: Timex, _i: number): Timex => {
    if (t.end > end || t.type !== 'DATE' || /\d{4}|\b(?:last|this|next|current|latest)\b/i.test(t.text)) return t;
    // ("2ND QTR ENDED FEB 28": a headline quarter given its own end day is read from it)
    if (/^\s*(?:ENDED|ENDING|ENDS|TO)\b/i.test(text.slice(t.end, end))) return t;
    const own = PERIOD_OF.exec(t.value);
    if (!own) return t;
    const period = own[1] ?? own[2];
    // (the lead's first quarter of that name: one it only compares with comes after it, "in the
    // fourth quarter ... down from the 2.1 pct rise in the fourth quarter of 1985")
    const lead = timexes.find((u) => u.start >= leadStart && u.start < leadEnd && u.type === 'DATE' && PERIOD_OF.exec(u.value)?.slice(1).includes(period));
    if (!lead || !/^\d{4}-[QH][1-4]$/.test(lead.value) || COMPARED_PERIOD.test(lead.text) || COMPARED_PERIOD.test(text.slice(Math.max(end, lead.start - 12), lead.start))) return t;
    return lead.value !== t.value ? { ...t, value: lead.value } : t;
  };
  // (a loop, not timexes.map: the lists passed between the passes are all made by push, so that
  // V8's optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(one(timexes[i], i));
  return out;
}

