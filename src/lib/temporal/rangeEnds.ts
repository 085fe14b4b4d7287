// The two ends of a span are read together: an end that names only part of itself takes the
// rest from the other end ("March 3-5": the 5th of the same March; "Dec. 30 to Jan. 2": the
// January after; "Tuesday to Thursday next week": the Tuesday of that week), and when both
// ends are partial the sentence's tense places the span as one unit (a past span ends on or
// before publication, a projected one starts on or after it), never one end in the past and
// the other in the future. Knows nothing of events; works on one sentence's timexes.
import type { Timex } from '../document';
import { yearInCalendar } from './bounds';
import { addDays, formatDay, weekday, type YMD } from './calendar';
import { timexRange } from './range';
import { daysInMonth } from './reference';
import { findRanges } from './ranges';
import type { Tense } from './tense';

/** How much of itself an end names: all of it, or all but its week, its year, or its month. */
type Partial = 'whole' | 'week' | 'year' | 'day';

// chrono may hand a five-digit year ("March" after 9999-06-01 is 10000-03): read it, so that
// the span can be placed back inside the calendar
const DAY_VALUE = /^(\d{4,5})-(\d{2})(?:-(\d{2}))?(.*)$/;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
// words that tie a date to publication or state its year outright
const ANCHORED = /\d{3}|['\u2019]\d\d\b|\b(?:next|last|this|past|coming|previous|following|week|ago|later|earlier|yesterday|today|tomorrow|tonight)\b/i;

function partialOf(t: Timex): Partial {
  const m = DAY_VALUE.exec(t.value);
  if (!m) return 'whole';
  if (m[3] && /^\d{1,2}(?:st|nd|rd|th)?$/i.test(t.text)) return 'day';
  if (ANCHORED.test(t.text)) return 'whole';
  if (MONTH.test(t.text)) return 'year';
  if (m[3] && WEEKDAY.test(t.text)) return 'week';
  return 'whole';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function ymd(value: string): YMD {
  const m = DAY_VALUE.exec(value)!;
  return { year: +m[1], month: +m[2], day: m[3] ? +m[3] : 1 };
}

/** `value` moved to another day (keeping a time suffix) or another year. */
function onDay(value: string, day: YMD): string | null {
  return yearInCalendar(day.year) ? formatDay(day) + DAY_VALUE.exec(value)![4] : null;
}
function inYear(value: string, year: number): string | null {
  if (!yearInCalendar(year)) return null; // "March" after March 9999
  const m = DAY_VALUE.exec(value)!;
  if (m[3] && +m[3] > daysInMonth(year, +m[2])) return null; // Feb 29
  return pad(year, 4) + value.slice(m[1].length);
}

// null for a value outside the calendar (chrono's "Easter" after 9999-06-01 is 10000-04-16):
// a span cannot be placed from such an end
const startOf = (value: string) => timexRange({ type: 'DATE', value: value.replace(/T.*$/, '') })?.start ?? null;
const endOf = (value: string) => timexRange({ type: 'DATE', value: value.replace(/T.*$/, '') })?.end ?? null;

/** The first occurrence of a partial `value` ending after `after` (an inclusive last day). */
function nextAfter(value: string, partial: Partial, after: string): string | null {
  if (partial === 'week') {
    const a = ymd(after);
    const days = (weekday(ymd(value)) - weekday(a) + 7) % 7 || 7;
    return onDay(value, addDays(a, days));
  }
  const year = +after.slice(0, 4);
  const same = inYear(value, year);
  return same && endOf(same)! > after ? same : inYear(value, year + 1);
}

/** The last occurrence of a partial `value` starting before `before` (a first day). */
function lastBefore(value: string, partial: Partial, before: string): string | null {
  if (partial === 'week') {
    const b = ymd(before);
    const days = (weekday(b) - weekday(ymd(value)) + 7) % 7 || 7;
    return onDay(value, addDays(b, -days));
  }
  const year = +before.slice(0, 4);
  const same = inYear(value, year);
  return same && startOf(same)! < before ? same : inYear(value, year - 1);
}

/** A bare day number ("5" of "March 3-5") in the month of the other end, rolled past it. */
function dayBeside(value: string, other: string, forward: boolean): string {
  const o = ymd(other);
  const day = +DAY_VALUE.exec(value)![3];
  let month = o.year * 12 + o.month - 1;
  if (forward && day < o.day) month++;
  if (!forward && day > o.day) month--;
  const target = { year: Math.floor(month / 12), month: (month % 12) + 1, day };
  // "February 27-31" is a slip, not a date: keep what the tagger said
  return day < 1 || day > daysInMonth(target.year, target.month) ? value : (onDay(value, target) ?? value);
}

export interface Direction {
  published: string;
  /** The tense governing the phrase [start, end) of the text. */
  tenseOf(start: number, end: number): Tense | null;
}

/** Aligns each span's ends; `timexes` sorted, offsets into `text`. Returns a new array. */
export function alignRangeEnds(text: string, timexes: Timex[], dir: Direction): Timex[] {
  const out: (Timex | null)[] = [...timexes];
  for (const pair of findRanges(text, timexes)) {
    const [x, y] = [out[pair.from], out[pair.to]];
    if (!x || !y) continue;
    const [px, py] = [partialOf(x), partialOf(y)];
    let [vx, vy]: (string | null)[] = [x.value, y.value];
    if (py === 'day' && px !== 'day' && DAY_VALUE.exec(vx)?.[3]) vy = dayBeside(vy, vx, true);
    else if (px === 'day' && py !== 'day' && DAY_VALUE.exec(vy)?.[3]) vx = dayBeside(vx, vy, false);
    else if (px === 'day' || py === 'day') continue;
    else if (px === 'whole' && py !== 'whole') {
      const after = endOf(vx);
      vy = after && nextAfter(vy, py, after);
    } else if (py === 'whole' && px !== 'whole') {
      const before = startOf(vy);
      vx = before && lastBefore(vx, px, before);
    }
    else if (px !== 'whole' && py !== 'whole') {
      const tense = dir.tenseOf(pair.start, pair.end);
      if (tense === 'past') {
        // the span is over: its end is the latest such day not after publication
        const last = endOf(vy); // null: a year past 9999, after publication
        const end = last === null || last > dir.published ? lastBefore(vy, py, nextDay(dir.published)) : vy;
        vy = end;
        vx = end && lastBefore(vx, px, startOf(end)!);
      } else {
        const first = startOf(vx);
        if (tense === 'future' && first !== null && first < dir.published) vx = nextAfter(vx, px, previousDay(dir.published));
        const after = vx && endOf(vx);
        vy = after ? nextAfter(vy, py, after) : null;
      }
    }
    if (!vx || !vy) {
      // the span cannot be placed inside 0001..9999 ("between March and May" in year 1): it
      // is dropped whole rather than leaving one end on the wrong side of publication
      if (atCalendarEdge(dir.published)) out[pair.from] = out[pair.to] = null;
      continue;
    }
    out[pair.from] = { ...x, value: vx };
    out[pair.to] = { ...y, value: vy };
  }
  return out.filter((t) => t !== null);
}

const atCalendarEdge = (published: string) => !yearInCalendar(+published.slice(0, 4) - 1) || !yearInCalendar(+published.slice(0, 4) + 1);

const nextDay = (day: string) => formatDay(addDays(ymd(day), 1));
const previousDay = (day: string) => formatDay(addDays(ymd(day), -1));
