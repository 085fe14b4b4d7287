// A length counted from the day of writing: "in the last two days", "for the past 14 years",
// "over the next five years". News uses it to date what went on up to now or will go on from
// now; the span ends (or starts) on the publication day. A length anchored elsewhere ("the
// last two days of the trial") or a yardstick ("the highest in the past decade") dates
// nothing. Must not know about labels, clauses or statuses.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { addDays, addMonths, formatDay, parseDay, weekday, type YMD } from '../temporal/calendar';
import { isFuturate } from '../temporal/futurate';
import { EVENT_NOUN } from './nameYear';

// ("over the last year and a half": the tagger gives P1.5Y)
const COUNTED = /^(?:the\s+)?(last|past|previous|next|coming)\s+(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|few|several)\s+)?(?:days?|weeks?|months?|years?|decades?)(?:\s+and\s+a\s+half)?$/i;
const UNIT: Record<string, [number, 'day' | 'month', TimexRange['granularity']]> = { D: [1, 'day', 'day'], W: [7, 'day', 'week'], M: [1, 'month', 'month'], Y: [12, 'month', 'year'], DE: [120, 'month', 'decade'] };
// ("paid at least $600 million over the past five years": "at least" and "at most" bound a
// figure, no superlative)
const YARDSTICK_BEFORE = /\b(?<!\bat\s)(?:\w+est|most|least|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|best|worst|record|only)\b[^.;,]{0,60}$/i;

// "Thirteen years since Congress authorized its construction", "a year since the crash": the
// happening after "since" lies that far before the day of writing, at the count's own grain.
const COUNT = /^(?:(?:nearly|almost|about|some|just|exactly)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\s+(?:days?|weeks?|months?|years?|decades?)$/i;
const SINCE_HAPPENING = /^\s+since\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?\p{L}/iu;

function sinceCount(text: string, timex: Timex, published: string, v: RegExpExecArray): TimexRange | null {
  if (!COUNT.test(timex.text) || !SINCE_HAPPENING.test(text.slice(timex.end, timex.end + 24))) return null;
  // only a count that opens its sentence ("Thirteen years since ..., the museum opens"): in "It
  // has been a year since ..." the label would be left with "It has been since"
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, timex.start - 3), timex.start))) return null;
  const [per, kind, granularity] = UNIT[v[2]];
  return placed(fromPublished(published, kind, -Number(v[1]) * per), granularity);
}

/** The day `n` days or months from the day of writing (back when `n` is negative). */
function fromPublished(published: string, kind: 'day' | 'month', n: number): YMD {
  const today = parseDay(published);
  return kind === 'day' ? addDays(today, n) : addMonths(today, n);
}

/** The words of `at`'s clause before it, back to its sentence's start (at most 120 characters). */
const clauseBefore = (text: string, at: number): string => text.slice(Math.max(0, at - 120), at).split(/[.;!?]\s|\n/).pop() ?? '';

/** The year, month or day `at` falls in, at a count's grain (a week's count lands on its day). */
function placed(at: YMD, granularity: TimexRange['granularity']): TimexRange {
  if (granularity === 'year' || granularity === 'decade') return { start: `${at.year}-01-01`, end: `${at.year}-12-31`, granularity: 'year' };
  if (granularity === 'month') return { start: formatDay({ ...at, day: 1 }), end: lastDay(at), granularity: 'month' };
  const d = formatDay(at);
  return { start: d, end: d, granularity: 'day' };
}

const lastDay = (at: YMD) => formatDay(addDays({ ...addMonths({ ...at, day: 1 }, 1), day: 1 }, -1));

// "is scheduled to retire in about five months", "the bridge will reopen in two weeks": a length
// after "in", told of what is to come, places the happening that far after the day of writing,
// at the length's own grain. ("was rebuilt in two years" measures how long the work took, and
// "will be built within two years" bounds it: neither is placed.)
// (years ahead, a timetable's "is due to close in two years" as a forecast's "half of Britons
// will be obese in 25 years", are placed by one rule, vagueStretch.ts's countAhead, read after
// this one: a reader dates both the same way, to the year they land in)
const AHEAD_CUE = /\b(?:will|shall|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:due|scheduled|expected|set|slated|poised|going|planning)\s+to|plans?\s+to|intends?\s+to|is\s+to|are\s+to)\b|['’]ll\b/i;
// ("who turns 18 in three days", "the law takes effect in two weeks": the present of a happening
// set in the calendar is a timetable of its own)
// (futurate.ts reads the present as the tagger does; the verb stands within the last five words
// before the count, "in" among them: "turns 21 in", "goes on sale in", "takes effect in")
const CLAUSE_WORD = /[a-z0-9][a-z0-9'\u2019-]*/g;
function futurateBefore(clause: string): boolean {
  const words = clause.toLowerCase().match(CLAUSE_WORD) ?? [];
  for (let i = Math.max(0, words.length - 5); i < words.length; i++) if (isFuturate(words, i)) return true;
  return false;
}

function aheadCount(text: string, timex: Timex, published: string, v: RegExpExecArray): TimexRange | null {
  if (!COUNT.test(timex.text) || !/\bin\s+$/i.test(text.slice(Math.max(0, timex.start - 4), timex.start))) return null;
  const clause = clauseBefore(text, timex.start);
  const [per, kind, granularity] = UNIT[v[2]];
  if (granularity === 'year' || granularity === 'decade') return null;
  if (!(AHEAD_CUE.test(clause) || futurateBefore(clause)) || YARDSTICK_BEFORE.test(clause)) return null;
  const at = fromPublished(published, kind, Number(v[1]) * per);
  // ("in three weeks": the Monday-to-Sunday week it lands in)
  if (granularity !== 'week') return placed(at, granularity);
  const monday = addDays(at, -((weekday(at) + 6) % 7));
  return { start: formatDay(monday), end: formatDay(addDays(monday, 6)), granularity: 'week' };
}

// "will name her successor in the coming weeks", "officials will meet over the coming days": a
// vague stretch ahead, told of what is to come, is a band from the day after writing: the coming
// days the next ten, the coming weeks the next four, the coming months the next three, the coming
// years the next three. (Told from a past moment, "over the coming days, more women would come
// forward", it is no stretch from now.)
const COMING = /^(?:the\s+)?(?:coming|next\s+few)\s+(days|weeks|months|years)$/i;
// (how far each stretch reaches, and the grain it is drawn at)
const COMING_REACH: Record<string, { n: number; kind: 'day' | 'month'; granularity: TimexRange['granularity'] }> = {
  days: { n: 10, kind: 'day', granularity: 'day' },
  weeks: { n: 28, kind: 'day', granularity: 'week' },
  months: { n: 3, kind: 'month', granularity: 'month' },
  years: { n: 36, kind: 'month', granularity: 'year' },
};
// ("He expected Thai stocks to fluctuate widely in the next few weeks", "the virus could spread in
// the coming months", "said he would name her successor in the coming weeks": an expectation, a
// possibility or a plan reported with "would" looks ahead from the day of writing as "will" does;
// a bare "would" of a past narrative, "over the coming days, more women would come forward", looks
// ahead from the story's past moment and is left out)
const LOOKS_AHEAD = new RegExp(String.raw`${AHEAD_CUE.source}|\b(?:could|may|might|expects?|expected)\b|\b(?:said|says|told|tells|announced|warned|predicted|hopes?|hoped)\b[^.;]{0,60}\bwould\b`, 'i');

/** The band of a stretch ahead ("the coming weeks") from `published`, or null: ahead of a plan
 * (`cue`, for an undated expectation, AHEAD_CUE), or of an expectation, a possibility or a
 * reported plan (LOOKS_AHEAD, for a dated mention). */
export function stretchAhead(text: string, timex: Timex, published: string, cue: RegExp = AHEAD_CUE): TimexRange | null {
  const m = COMING.exec(timex.text.trim());
  if (!m || !cue.test(clauseBefore(text, timex.start))) return null;
  const { n, kind, granularity } = COMING_REACH[m[1].toLowerCase()];
  return { start: formatDay(fromPublished(published, 'day', 1)), end: formatDay(fromPublished(published, kind, n)), granularity };
}

// "cut 200 jobs a few weeks ago", "Several months ago, the mayor promised", "battled over the bill
// in recent weeks": a vague stretch back, told of what happened, is a band before the day of
// writing — an uncertain date a reader still puts on the timeline. "A few" is two to five of the
// unit, "several" (or "some", "many") three to nine, the bare plural two to twelve months or eight
// weeks or ten days; "recent" days, weeks and months reach a week, four weeks and three months
// back to the day of writing. (Years are left out: "in recent years", "years ago" tell a trend or
// an era as often as a happening.)
const AGO = /^(?:(a\s+few|several|some|many)\s+)?(days|weeks|months)\s+ago$/i;
const RECENT = /^(?:in\s+)?(?:the\s+)?recent\s+(days|weeks|months)$/i;
const AGO_REACH: Record<string, Record<string, [number, number]>> = {
  days: { few: [2, 6], several: [3, 9], bare: [2, 10] },
  weeks: { few: [14, 35], several: [21, 63], bare: [14, 56] },
  months: { few: [2, 5], several: [3, 9], bare: [2, 12] },
};
const GRAIN: Record<string, TimexRange['granularity']> = { days: 'day', weeks: 'week', months: 'month' };

/** The band of a vague stretch back ("a few weeks ago", "in recent months") from `published`, or null. */
function stretchBack(timex: Timex, published: string): TimexRange | null {
  const ago = AGO.exec(timex.text.trim());
  const recent = ago ? null : RECENT.exec(timex.text.trim());
  const unit = (ago?.[2] ?? recent?.[1])?.toLowerCase();
  if (!unit) return null;
  const kind = unit === 'months' ? 'month' : 'day';
  if (recent) {
    const reach = unit === 'days' ? 7 : unit === 'weeks' ? 28 : 3;
    return { start: formatDay(fromPublished(published, kind, -reach)), end: published.slice(0, 10), granularity: GRAIN[unit] };
  }
  const how = !ago![1] ? 'bare' : /^a\s+few$/i.test(ago![1]) ? 'few' : 'several';
  const [near, far] = AGO_REACH[unit][how];
  return { start: formatDay(fromPublished(published, kind, -far)), end: formatDay(fromPublished(published, kind, -near)), granularity: GRAIN[unit] };
}

// "will present a bill within two months", "will be introduced within the first 100 days", "will
// resume flights within days": a deadline ahead counted from now is a band from the day after
// writing to the count's end (a vague "days" a week, "weeks" six, "months" six). Counted from
// anything else ("within 28 days of receiving them", "within 150 days of the spill") it dates
// nothing here, and told of the past ("the alert was sent within 15 minutes") it is a length.
const WITHIN_BEFORE = /\bwithin\s+$/i;
const VAGUE_REACH: Record<string, [number, 'day' | 'month']> = { D: [7, 'day'], W: [42, 'day'], M: [6, 'month'] };

function withinAhead(text: string, timex: Timex, published: string): TimexRange | null {
  if (!WITHIN_BEFORE.test(text.slice(Math.max(0, timex.start - 8), timex.start)) || /^\s+(?:of|after|from|since|following)\b/i.test(text.slice(timex.end, timex.end + 12))) return null;
  if (!AHEAD_CUE.test(clauseBefore(text, timex.start))) return null;
  const counted = /^P(\d+)(DE|[DWMY])$/.exec(timex.value);
  const vague = /^PX([DWM])$/.exec(timex.value);
  let reach: [number, 'day' | 'month'];
  if (counted) {
    const [per, kind] = UNIT[counted[2]];
    reach = [Number(counted[1]) * per, kind];
  } else if (vague) reach = VAGUE_REACH[vague[1]];
  else return null;
  const granularity: TimexRange['granularity'] = reach[1] === 'month' ? (reach[0] >= 12 ? 'year' : 'month') : reach[0] > 14 ? 'week' : 'day';
  return { start: formatDay(fromPublished(published, 'day', 1)), end: formatDay(fromPublished(published, reach[1], reach[0])), granularity };
}

/** The days of a length counted from `published` (YYYY-MM-DD...), or null. */
export function countedSpan(text: string, timex: Timex, published: string): TimexRange | null {
  const stretch = timex.value === 'PAST_REF' || timex.type === 'DURATION' ? stretchBack(timex, published) : timex.value === 'FUTURE_REF' ? stretchAhead(text, timex, published, LOOKS_AHEAD) : null;
  if (stretch) return stretch;
  if (timex.type !== 'DURATION') return null;
  const within = withinAhead(text, timex, published);
  if (within) return within;
  const m = COUNTED.exec(timex.text);
  const v = /^P(\d+(?:\.5)?)(DE|[DWMY])$/.exec(timex.value);
  if (v && !m && !v[1].includes('.')) return sinceCount(text, timex, published, v) ?? aheadCount(text, timex, published, v);
  if (!m || !v) return null;
  if (/^\s+(?:of|before|after|since)\b/i.test(text.slice(timex.end, timex.end + 8))) return null;
  // ("the policy of the last decade", "the music of the past 20 years": the length says which
  // policy, as "the fashions of the 1970s" does; "the floods of the last decade" and "the events
  // of the last nine months" are happenings, and "much of the past decade" is a share of the length)
  const owner = /\b([a-z]+)\s+of\s+$/.exec(text.slice(Math.max(0, timex.start - 30), timex.start));
  if (owner && /^(?:the\s+)?(?:last|past|previous)\b/i.test(timex.text) && !EVENT_NOUN.test(owner[1]) && !/^(?:events?|developments?|changes?|most|much|all|some|part|many|each|any|none|rest|one|course|end|start|beginning|middle|half)$/i.test(owner[1])) return null;
  if (YARDSTICK_BEFORE.test(text.slice(Math.max(0, timex.start - 80), timex.start))) return null;
  const [per, kind, granularity] = UNIT[v[2]];
  // (a half of a day or a week counts whole days; of a month, a whole month)
  const n = Math.round(Number(v[1]) * per);
  const shift = (k: number) => formatDay(fromPublished(published, kind, k));
  const back = /^(?:last|past|previous)$/i.test(m[1]);
  return back ? { start: shift(-n), end: shift(0), granularity } : { start: shift(0), end: shift(n), granularity };
}
