// The dated mentions of one statement: each calendar date with its day range, merged where two
// timexes name one span ("from 2015 to 2021") or one day ("October of next year"), and with
// the cue words of its own stretch of the clause when a clause holds several dates. Must not
// know about labels or the publication day.
import type { Timex } from '../document';
import { timexRange, type TimexRange } from '../temporal/range';
import { readCues, type Cues } from './cues';
import { alternativeMention, changeMention, type Dated, rangeMention } from './ranges';
import { withoutSpans } from './label';
import { isTrailingSaying, type Statement } from './statements';
import type { Word } from '../analysis';
import { comparisonOrYardstick, endsTheDayDated, isGameClock, periodCovered, isStateNotEvent } from './notEvents';
import { isInlineStamp } from './stamps';
import { qualifiesName } from './nameYear';
import { namesHappening } from './happeningYear';
import { daysDocumentSaid } from './daysReport';
import { qualifiesWord } from './qualifiers';
import { countedSince } from './countedSince';
import { askedOrAddressed } from './noDay';
import { yearsFirstMonths } from './vagueStretch';

export interface Mention extends Dated {
  cues: Cues;
  /** The cues of the words before the date only (see status.ts), read when asked for. */
  cuesBefore: () => Cues;
}

const NESTING_JOINT = /^\s*(?:of|,)?\s*$/i;
const PART_OF_DAY_ONLY = /^(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:morning|afternoon|evening|night)(?:\s+hours)?$/i;

const inside = (a: TimexRange, b: TimexRange) => a.start >= b.start && a.end <= b.end;

function merged(text: string, a: Timex, b: Timex, value: string): Timex {
  return { ...a, end: b.end, text: text.slice(a.start, b.end), value };
}

// "by the end of the year" is its last month (a reader's December), where "late 2016" is its
// last third; a month's or a week's end keeps the last third the tagger's mod gives.
function endOf(timex: Timex, range: TimexRange | null): TimexRange | null {
  if (!range || timex.mod !== 'END' || !/\bend\s+of\b/i.test(timex.text) || !['year', 'half', 'quarter'].includes(range.granularity)) return range;
  return { ...range, start: `${range.end.slice(0, 8)}01` };
}

// (a dash or "through"; "fell 11 percent from September to October" dates its fall by the far end)
const SPAN_JOINT = /^\s*(?:-|–|—|through|thru)\s*$/i;
// ("compared with 205 in 2003, 150 in 2002, and 100 in 2001": a list of figures, each with its
// year, goes on in the role of its first)
const LIST_JOINT = /^,\s+(?:and\s+)?[$€£¥]?\d[\d.,]*(?:\s*%|(?:\s+[a-z][a-z-]*){0,3})\s+(?:in|on)\s+$/i;

const within = (a: TimexRange, b: TimexRange) => a.start >= b.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);

// One clause dates its happening once: "In 2014, the company bought Twitch in 2014" says the
// year twice, and "Earlier this week, Trump sent ... with a December 7 tweet" narrows the week
// to its day; the finer date is the one a reader puts on the timeline. Only a period counted
// from now is narrowed so: in "In January the IMF forecast growth in 2021" the year is what the
// forecast is about, not a looser January.
const RELATIVE = /\b(?:this|last|past|next|earlier|later|coming|previous)\b/i;
// ("He retires this month, the administration said Thursday": the saying's day is not the
// happening's, and narrows no period inside what was said)
function once(mentions: Dated[], saying: (t: Timex) => boolean): Dated[] {
  return mentions.filter(
    (m, i) => !mentions.some((o, k) => (k < i && o.range.start === m.range.start && o.range.end === m.range.end) || (RELATIVE.test(m.timex.text) && within(o.range, m.range) && !saying(o.timex))),
  );
}

// "in four to six weeks", "in three to five years": the tagger gives the first count a timex of
// its own and the far count another; the far count's words go with the date (and leave the label)
const FAR_COUNT = /^\s+(?:to|or|-)\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months|years|decades)\b/i;
// "will meet again in two weeks' time", the wire's "in two weeks time": British and wire copy
// close a count ahead with "time", which goes with the count (no verb, and no label word)
const LENGTHS_TIME = /^(?:['’]s?|s['’])?\s+time\b/;
function withLengthsTime(text: string, timex: Timex): Timex {
  const time = timex.type === 'DURATION' && /^P\d+(?:DE|[DWMY])$/.test(timex.value) ? LENGTHS_TIME.exec(text.slice(timex.end, timex.end + 8)) : null;
  return time ? { ...timex, end: timex.end + time[0].length, text: text.slice(timex.start, timex.end + time[0].length) } : timex;
}

function withFarCount(text: string, timex: Timex): Timex {
  const far = /^P\d+(?:DE|[DWMY])$/.test(timex.value) ? FAR_COUNT.exec(text.slice(timex.end, timex.end + 24)) : null;
  return far ? withLengthsTime(text, { ...timex, end: timex.end + far[0].length, text: text.slice(timex.start, timex.end + far[0].length) }) : timex;
}

/** The dates of the statement and of those before it in its sentence. */
function datesBefore(st: Statement): Timex[] {
  const out: Timex[] = [];
  for (let s: Statement | null = st; s; s = s.previous) out.push(...s.timexes);
  return out;
}

/** The statement's dated mentions; `wordsOf` gives its sentence's words when a rule needs them,
 * `counted` the days of a length counted from the day of writing. */
export function mentionsOf(text: string, st: Statement, wordsOf: () => readonly Word[], counted: (t: Timex) => TimexRange | null = () => null): Mention[] {
  const dated: Dated[] = [];
  // "Player of the Week for Dec. 31 - Jan. 6": a span's far end plays the part its near end was
  // found to play (a period covered, a comparison's baseline), and goes with it
  let passedOver: Timex | null = null;
  const sameSpan = (t: Timex) => !!passedOver && ((t.start - passedOver.end <= 10 && SPAN_JOINT.test(text.slice(passedOver.end, t.start))) || (t.start - passedOver.end <= 50 && LIST_JOINT.test(text.slice(passedOver.end, t.start))));
  for (const timex of st.timexes) {
    const farEnd = sameSpan(timex);
    passedOver = farEnd ? timex : null;
    if (farEnd) continue;
    // "over the last 14 years": a length counted from the day of writing (countedSpan.ts)
    // (and "several years ago", a decade with its last digit unknown: vagueStretch.ts)
    const span = timex.type === 'DURATION' || timex.value === 'PAST_REF' || timex.value === 'FUTURE_REF' || /^\d{3}X$/.test(timex.value) ? counted(timex) : null;
    if (span) {
      // "growth over the next five years" is the growth to come, "up 5% over the past year" a
      // comparison; "payouts over the next 65 years reach $1 billion" only says which payouts
      const ahead = /^(?:the\s+)?(?:next|coming)\b/i.test(timex.text);
      const own = withLengthsTime(text, timex);
      const next = wordsOf().find((w) => w.end > w.start && w.start >= own.end);
      // (a year's first months are a period of the calendar: "the deficit in the first two
      // months of 1987 was ..." is dated as "the deficit in January was ..." is)
      const inSubject = !yearsFirstMonths(timex) && !!next && next.start < st.span.end && ['verb', 'modal'].includes(next.pos) && !/[,;:]/.test(text.slice(timex.end, next.start));
      // ("Where has he been the last 26 years?": a question dates nothing, a length neither)
      if (!inSubject && !askedOrAddressed(text, st.span.start, st.span.end, timex, wordsOf) && (ahead ? !periodCovered(text, st.span, timex) : !comparisonOrYardstick(text, st.span, timex))) dated.push({ timex: { ...withFarCount(text, own), type: 'DATE', value: span.start }, range: span });
      continue;
    }
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    if (comparisonOrYardstick(text, st.span, timex) || isGameClock(text, timex, st.span) || isInlineStamp(text, timex) || isStateNotEvent(text, st.span, timex, wordsOf) || endsTheDayDated(text, st.span, timex, () => datesBefore(st)) || (qualifiesWord(text, st.span, timex, wordsOf) && !daysDocumentSaid(text, timex)) || countedSince(text, st.span, timex, wordsOf)) {
      passedOver = timex;
      continue;
    }
    const range = endOf(timex, timexRange(timex));
    if (range) dated.push({ timex, range });
  }
  const joined: Dated[] = [];
  for (let i = 0; i < dated.length; i++) {
    const a = dated[i];
    const b = dated[i + 1];
    const alternative = b ? alternativeMention(text, a, b) : null;
    const span = b ? (rangeMention(text, a, b) ?? alternative ?? changeMention(text, a, b)) : null;
    if (span && alternative === span && i + 2 < dated.length) {
      // "in February, March and April": the two joined may run on into the next
      dated[i + 1] = span;
    } else if (span) {
      joined.push(span);
      i++;
    } else if (b && b.timex.start - a.timex.end <= 4 && NESTING_JOINT.test(text.slice(a.timex.end, b.timex.start)) && (inside(a.range, b.range) || inside(b.range, a.range))) {
      // "October of next year", "Monday, Nov. 3": one date said twice; keep the finer one.
      const fine = inside(a.range, b.range) ? a : b;
      joined.push({ timex: merged(text, a.timex, b.timex, fine.timex.value), range: fine.range });
      i++;
    } else joined.push(a);
  }
  // With several dates, each takes the cue words leading up to it (the last one also those
  // after it): in "announced today an event to be held on October 12", "to be held" belongs to
  // October 12, not to today, while "expect cuts in June and September" reaches both months.
  // "the 2007-2009 financial crisis": judged on the joined span, whose words stand before the noun
  // ("in a 2016 deposition", "A 2011 study ... found": a year before a happening done once dates it)
  const named = joined.filter((j) => namesHappening(text, j.timex, wordsOf) || !qualifiesName(text, j.timex, wordsOf));
  // "an 8 a.m. presentation to bondholders on Thursday": a clock time and its day in one clause
  // are one moment, not two events; the clock, the finer, stays.
  const clockDays = new Set(named.filter((j) => j.timex.type === 'TIME').map((j) => j.range.start));
  const clocked = once(named.filter((j) => j.timex.type === 'TIME' || j.range.start !== j.range.end || !clockDays.has(j.range.start)), (t) => t.start > st.span.start && isTrailingSaying(text, t, st.span.start, st.span.end));
  // "in the early morning hours on October 6": a part of the day said beside the day it is part
  // of is that day's, not a second moment on the day of writing; the named day stays.
  const namesDay = clocked.some((j) => !PART_OF_DAY_ONLY.test(j.timex.text) && j.range.start === j.range.end);
  const kept = namesDay ? clocked.filter((j) => !PART_OF_DAY_ONLY.test(j.timex.text)) : clocked;
  const dates = kept.map((j) => j.timex);
  return kept.map((m, i) => {
    const before = () => readCues(withoutSpans(text, { start: st.span.start, end: m.timex.end }, dates));
    if (kept.length === 1) return { ...m, cues: st.cues, cuesBefore: before };
    const to = i === kept.length - 1 ? st.span.end : m.timex.end;
    const own = readCues(withoutSpans(text, { start: st.span.start, end: to }, dates));
    // up to its own end, a date's own cues are the ones before it: no need to read them twice
    return { ...m, cues: { ...own, didNotHappen: own.didNotHappen || st.cues.didNotHappen }, cuesBefore: to === m.timex.end ? () => own : before };
  });
}
