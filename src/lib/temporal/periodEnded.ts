// "its fiscal first quarter, ended Sept. 30", "the quarter ending March 31", "the fiscal year
// ended June 30": results stories name a period by the day it ended, and a company's fiscal
// quarters need not be the calendar's. A quarter named by its place in the fiscal year keeps it,
// as the words do ("the fourth quarter ended January 31" is a fourth quarter, though the
// calendar's first holds the day), in the year of that day, or in the fiscal year the story
// names when it holds the quarter (a retailer's "fiscal 1986" ends in January 1987: its fourth
// quarter is 1986-Q4); a quarter named only as "the quarter" is the three months to that day (the
// calendar quarter holding it); the fiscal year is the year it ended in (TimeML gives "fiscal
// 1989" as 1989). Only the value changes; spans, order and count stay, so the per-timex lists
// kept beside them stay aligned. Knows nothing of events.
import type { Timex } from '../document';
import { formatDay, formatIsoWeek, toEpochDay, type YMD } from './calendar';
import { ANCHOR_SAME } from './placeholders';

// between the period and its end day: ", ended", "which ended", "that ended", "ending", "to";
// a quarter and the year it closes ended together ("the fourth quarter and full-year ended
// January 31")
// ("the fiscal year just ended March seven": the period closed days before the story)
const ENDED = /^\s*,?\s*(?:and\s+(?:the\s+)?(?:full[\s-])?(?:fiscal\s+)?year\s+)?(?:(?:which|that)\s+)?(?:just\s+)?(?:ended|ending|ends|through|to)\s+(?:on\s+|(?<=ending\s+)in\s+)?$/i;
// between a period and its first day: "that begins", ", beginning", "starting on"
// (or its first month: "the financial year starting in July")
const STARTED = /^\s*,?\s*(?:(?:which|that)\s+)?(?:begins|beginning|began|starts|starting|started)\s+(?:on\s+|in\s+)?$/i;
// the end day, or only its month ("the year ended December 1986")
const DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
// a quarter's place in its year ("last" is the latest quarter, not the fourth: "during the last
// quarter, which ended December 30")
const PLACE = /\b(first|second|third|fourth|final|1st|2nd|3rd|4th)\b/i;
const PLACES: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
// the story's own name for a fiscal year: "fiscal 1986", "fiscal year 1986", "the 1986 fiscal year"
const FISCAL_NAMED = /\bfiscal\s+(?:year\s+)?(\d{4})\b|\b(\d{4})\s+fiscal\s+year\b/gi;

/**
 * The fiscal year the story names that holds quarter `n` ended in `month` of `year`: the
 * fiscal year ends `4 - n` quarters after it and is named by the year it ends in, or, when it
 * ends in January or February (a retailer's, mostly the year before), by the year before; null
 * when the story names neither ("compared with fiscal 1986" in a story of fiscal 1987 is no name).
 */
function fiscalYearNamed(text: string, year: number, month: number, n: number): number | null {
  const last = month - 1 + 3 * (4 - n);
  const endsIn = year + Math.floor(last / 12);
  const names = new Set([...text.matchAll(FISCAL_NAMED)].map((m) => Number(m[1] ?? m[2])));
  if (names.has(endsIn)) return endsIn;
  return last % 12 < 2 && names.has(endsIn - 1) ? endsIn - 1 : null;
}

// words that make a quarter the one compared with, a year before
const COMPARED_BEFORE = /\b(?:previous|prior|preceding|year-ago|year-earlier|comparable|corresponding|same|last\s+year['\u2019]s)\s+$/i;
// a quarter named without its year, placed by its sentence's tense (placeholders.ts)
const YEARLESS_QUARTER = new RegExp(`^${ANCHOR_SAME}\\(Q([1-4])\\)\\|(\\d{4})`);
// and a half, read as the quarter that closes it ("ANCHOR_SAME(H1)|1986-H1": the second quarter)
const YEARLESS_HALF = new RegExp(`^${ANCHOR_SAME}\\(H([12])\\)\\|(\\d{4})`);
function yearlessHalf(value: string): [string, string, string, string] | null {
  const m = YEARLESS_HALF.exec(value);
  return m ? [m[0], String(2 * Number(m[1])), m[2], m[1]] : null;
}

// a period still to run its course, whose end lies ahead whatever was just past: "the current year
// ending March 31", "the new fiscal year ending", "next year's period ending"
const UNDER_WAY = /\b(?:current|this|new|coming|next|present)\b/i;
// how long after a period's end its figures are still forecast before they are reported, in days
const FORECAST_AFTER_END = 45;

// a half's place in its year ("the second half ended March 31")
const HALF_PLACE = /\b(first|second|1st|2nd)\s+half\b/i;
// a run from the start of the fiscal year counted in quarters or months ("the first three quarters
// ended February 28", "the nine months ended November 30", "the first six months ended")
const RUN_FROM_START = /\b(?:first\s+)?(two|three|2|3)\s+quarters\b|\b(?:first\s+)?(three|six|nine|3|6|9)\s+months\b/i;
const COUNTS: Record<string, number> = { two: 2, three: 3, six: 6, nine: 9, '2': 2, '3': 3, '6': 6, '9': 9 };

/** The year a fiscal year ends in, when its quarter `n` ended in `month` (1-12) of `year`. */
const fiscalEndYear = (year: number, month: number, n: number) => year + Math.floor((month - 1 + 3 * (4 - n)) / 12);

/**
 * The fiscal calendar a story states by the day one of its periods ended, when that calendar is
 * not the calendar year's: "the first three quarters ended February 28", "the second half ended
 * yesterday" (March 31), "the second quarter ended January 31". Results stories often name the
 * period's place before they give its end ("Third quarter net fell ... and 220.3 mln in the
 * second quarter ended November 31"; a headline "SEES SECOND HALF PROFIT" over "the second half
 * ended yesterday"): the quarters and halves they name without a year are of that fiscal year
 * wherever they stand. Null when no period is ended on a day, or when the one ended is the
 * calendar's own (a third quarter ended September 30 tells nothing the calendar does not).
 */
// how far from publication the end day of a period that states the fiscal calendar may lie, in
// days: a results story reports a period that ended in the months before it, or forecasts one
// about to end; an end day placed a year off (a forecast's "ending March 31" read in the past)
// states nothing
const STATED_BEFORE = 200;
const STATED_AFTER = 100;

// "reported a profitable fiscal fourth quarter ... a profit of 8.1 mln dlrs in the quarter ended
// May 31": a quarter named without its place, ended on a day no calendar quarter ends on, is the
// fiscal quarter the story has just named by its place (the latest one marked "fiscal" before it)
const PLAIN_QUARTER = /^(?:the\s+)?(?:latest\s+|most\s+recent\s+|last\s+|past\s+|just-ended\s+)?quarter$/i;
function fiscalPlaceBefore(text: string, timexes: Timex[], i: number): number {
  for (let k = i - 1; k >= 0; k--) {
    const t = timexes[k];
    const place = t.type === 'DATE' && /\bquarter\b/i.test(t.text) ? PLACE.exec(t.text) : null;
    if (place && (/\bfiscal\b/i.test(t.text) || /\bfiscal[\s-]+$/i.test(text.slice(Math.max(0, t.start - 10), t.start)))) return PLACES[place[1].toLowerCase()];
  }
  return 0;
}

function statedFiscal(text: string, timexes: Timex[], published?: YMD): { year: number; n: number; endsIn: number } | null {
  // (the fiscal year is named as the latest of its periods ended on a day would be: "the second
  // quarter ended November 30" and "the third quarter ended February 28" are one fiscal year's)
  let found: { year: number; n: number; endsIn: number } | null = null;
  for (let i = 0; i + 1 < timexes.length; i++) {
    const t = timexes[i];
    const next = timexes[i + 1];
    if (!ENDED.test(text.slice(t.end, next.start))) continue;
    const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(next.value);
    const forward = full && published && !/\d{4}/.test(next.text) && !GONE_BY.test(t.text) ? endingAhead(text.slice(t.end, next.start), full, published) : null;
    const day = DAY.exec(forward ?? next.value);
    if (!day || !day[3]) continue;
    const [year, month] = [Number(day[1]), Number(day[2])];
    if (published) {
      const from = toEpochDay({ year, month, day: Math.min(Number(day[3]), 28) }) - toEpochDay(published);
      if (from < -STATED_BEFORE || from > STATED_AFTER) continue;
    }
    let n = 0;
    const half = t.type === 'DATE' ? HALF_PLACE.exec(t.text) : null;
    const run = t.type === 'DURATION' ? RUN_FROM_START.exec(t.text) : null;
    const place = t.type === 'DATE' && /\bquarter\b/i.test(t.text) ? PLACE.exec(t.text) : null;
    if (place) n = PLACES[place[1].toLowerCase()];
    else if (half) n = /^(?:first|1st)$/i.test(half[1]) ? 2 : 4;
    else if (month % 3 !== 0 && t.type === 'DATE' && PLAIN_QUARTER.test(t.text)) n = fiscalPlaceBefore(text, timexes, i);
    else if (run) n = run[1] ? COUNTS[run[1].toLowerCase()] : COUNTS[run[2].toLowerCase()] / 3;
    if (!n) continue;
    // the calendar's own quarter, half or run to date ends in month 3n
    if (!found && month === 3 * n) return null;
    const endsIn = fiscalEndYear(year, month, n);
    // (a half is named by the year its fiscal year ends in, as the story's fiscal years are: an
    // Australian "first half ended December 31" is of the year to June; a quarter keeps the year
    // of its end day, below)
    const named = fiscalYearNamed(text, year, month, n) ?? (half ? endsIn : year);
    if (!found) found = { year: named, n, endsIn };
    else if (found.endsIn === endsIn && named > found.year) found = { year: named, n: Math.max(found.n, n), endsIn };
  }
  return found;
}

/**
 * "expects to report a loss for the third quarter ending March 31" in early March: a period
 * "ending" on a day written without its year is the one whose end is at hand or just past (the
 * wire writes one a year gone "ended", or with its year), so a day the tense placed most of a year
 * before publication is the next year's. The day's value, or null to keep it.
 */
// how far back an end day "ending" may lie before it is taken for next year's, in days: a period
// ending in the months before publication is the one just reported ("shareholders equity of
// nearly 190 mln dlrs for the period ending March 31" in June)
const ENDING_GONE = 200;
// a period its own words place before the current one ("its last fiscal year ending October 31")
const GONE_BY = /\b(?:last|previous|prior|past|preceding|earlier|year-ago|year-earlier)\b/i;

function endingAhead(between: string, day: RegExpExecArray, published: YMD): string | null {
  if (!/\bending\s+(?:on\s+)?$/i.test(between)) return null;
  const next = { year: Number(day[1]) + 1, month: Number(day[2]), day: Number(day[3]) };
  const from = toEpochDay(next) - toEpochDay(published);
  const before = toEpochDay({ ...next, year: next.year - 1 }) - toEpochDay(published);
  return before < -ENDING_GONE && from >= -FORECAST_AFTER_END && from <= 366 ? formatDay(next) : null;
}

export function periodsByEndDay(text: string, timexes: Timex[], published?: YMD): Timex[] {
  // the quarter the story reports, once a quarter named by its place has been ended on a day
  // (or, when the story states a fiscal calendar other than the calendar's, from its start)
  let fiscal: { year: number; n: number; endsIn?: number } | null = statedFiscal(text, timexes, published);
  // end days moved into the year their period states (below)
  const moved = new Map<number, Timex>();
  const one = (t: Timex, i: number): Timex => {
    const movedDay = moved.get(i);
    if (movedDay) return movedDay;
    // an earlier quarter of that fiscal year, named without its year ("its net loss for the nine
    // months ended October 31 ... after a third quarter loss" beside a fourth quarter ended
    // January 31) is of the same fiscal year, which the calendar's tense cannot tell
    const yearless = fiscal && (YEARLESS_QUARTER.exec(t.value) ?? yearlessHalf(t.value));
    // (and that quarter itself, named again without its year: "the first quarter ended January
    // 31" then "today reported first quarter earnings", whose past tense alone would have put it
    // a year back; a quarter the tense puts after that year is a forecast and keeps it)
    // ("the previous fourth quarter", "a year-ago first quarter" are the one before it)
    if (fiscal && yearless && Number(yearless[1]) <= fiscal.n && Number(yearless[2]) <= fiscal.year && !COMPARED_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) return { ...t, value: yearless[3] ? `${fiscal.year}-H${yearless[3]}` : `${fiscal.year}-Q${yearless[1]}` };
    // "posted a fiscal fourth-quarter loss ... For fiscal 1998, which ended Aug. 31": a quarter
    // the writer marks as fiscal, whose year only the tense gave (the calendar's latest such
    // quarter, a year back when the calendar's has not ended), is of the fiscal year the story
    // names, the first one from that year on, so the quarters after it go with it as above
    const next = timexes[i + 1];
    // (a quarter ended on a day is read from that day, below: "its fiscal second quarter ended
    // March 30")
    const endedOnDay = next !== undefined && ENDED.test(text.slice(t.end, next.start)) && DAY.test(next.value);
    const marked = !fiscal && !endedOnDay && YEARLESS_QUARTER.exec(t.value);
    if (marked && (/\bfiscal\b/i.test(t.text) || /\bfiscal[\s-]+$/i.test(text.slice(Math.max(0, t.start - 10), t.start))) && !COMPARED_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) {
      const tenseYear = Number(marked[2]);
      const named = [...text.matchAll(FISCAL_NAMED)].map((m) => Number(m[1] ?? m[2])).filter((y) => y === tenseYear || y === tenseYear + 1).sort()[0];
      if (named) {
        fiscal = { year: named, n: Number(marked[1]) };
        return { ...t, value: `${named}-Q${marked[1]}` };
      }
    }
    if (!next || t.type !== 'DATE') return t;
    const between = text.slice(t.end, next.start);
    // "the fiscal year that begins Oct. 1": a year named by its first day ends a year on, and a
    // fiscal year is named by the year it ends in (the U.S. government's fiscal 1999 begins on
    // Oct. 1, 1998); one that begins on January 1 is the calendar's
    // (a year named by both its calendar years, "fiscal year 1987/88 beginning on July 1", is
    // the year it starts in, as it is written)
    // (a half or a quarter of that year, "the first half of the current fiscal year which began on
    // April 1", is a half: its own reading stands)
    const begun = STARTED.test(between) && /\byear\b/i.test(t.text) && !/\d{4}\/\d\d/.test(t.text) && !/^\d{4}-[QH]\d$/.test(t.value) ? DAY.exec(next.value) : null;
    if (begun) return { ...t, value: String(Number(begun[1]) + (begun[2] === '01' && (begun[3] ?? '01') === '01' ? 0 : 1)).padStart(4, '0') };
    if (!ENDED.test(between)) return t;
    // "expects sales of over 200 mln dlrs for the period ending March 31" in April: figures are
    // forecast for a period in the weeks after it ended, before they are reported; its end day,
    // which the forecast's tense sent a year ahead, is the one just past (a year written with the
    // day, or a period still under way, keeps its day)
    let endValue = next.value;
    const ahead = published && /\b(?:quarter|period|half|year|months)\b/i.test(t.text) && !UNDER_WAY.test(t.text) && !/\d{4}/.test(next.text) ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(next.value) : null;
    if (ahead && published && Number(ahead[1]) === published.year + 1) {
      const back = { year: published.year, month: Number(ahead[2]), day: Number(ahead[3]) };
      const since = toEpochDay(published) - toEpochDay(back);
      if (since >= 0 && since <= FORECAST_AFTER_END) {
        endValue = formatDay(back);
        moved.set(i + 1, { ...next, value: endValue });
      }
    }
    const forward = ahead && published && !GONE_BY.test(t.text) ? endingAhead(between, ahead, published) : null;
    if (forward) {
      endValue = forward;
      moved.set(i + 1, { ...next, value: endValue });
    }
    const day = DAY.exec(endValue);
    if (!day) return t;
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3] ?? 0)];
    // the unit from the value when it is resolved, else from the words ("the week" is still a
    // placeholder the document pass would resolve from publication)
    const unit = /^\d{4}-Q[1-4]$/.test(t.value) || /\bquarter\b/i.test(t.text) ? 'quarter'
      : /^\d{4}-W\d{2}$/.test(t.value) || /\bweek\b/i.test(t.text) ? 'week'
      : /\bmonth\b/i.test(t.text) ? 'month'
      : /\byear\b/i.test(t.text) ? 'year' : null;
    // "For the first quarter of last year, ended February 28", "the 1986 first quarter, ended
    // March 1": a quarter whose words state its calendar year is of that year; its end day, which
    // only a tense placed, is moved into it (a fiscal year's words, "the first quarter of fiscal
    // 1987", name no calendar year and are read from the day as below)
    const stated = unit === 'quarter' && !/\bfiscal\b/i.test(t.text) && /\b(?:\d{4}|(?:last|this|next)\s+year)\b/i.test(t.text) ? /(?:^|\|)(\d{4})-Q[1-4]$/.exec(t.value) : null;
    if (stated && date && Math.abs(Number(stated[1]) - year) === 1 && PLACE.test(t.text)) {
      moved.set(i + 1, { ...next, value: `${stated[1]}-${day[2]}-${day[3]}` });
      return t;
    }
    if (unit === 'quarter') {
      const place = PLACE.exec(t.text);
      // (the fiscal quarter the story stated by this very end day: fiscalPlaceBefore)
      if (!place && fiscal && fiscal.endsIn !== undefined && month % 3 !== 0 && PLAIN_QUARTER.test(t.text) && fiscalEndYear(year, month, fiscal.n) === fiscal.endsIn) return { ...t, value: `${fiscal.year}-Q${fiscal.n}` };
      if (!place) return { ...t, value: `${day[1]}-Q${Math.ceil(month / 3)}` };
      const n = PLACES[place[1].toLowerCase()];
      // (an earlier quarter of the fiscal year the story has stated takes that year's name: "the
      // first three quarters ended February 28 ... 220.3 mln in the second quarter ended November
      // 30" is one fiscal year, whose quarters the calendar would name by two years)
      const endsIn = fiscalEndYear(year, month, n);
      if (fiscal?.endsIn === endsIn) {
        if (n > fiscal.n) fiscal = { ...fiscal, n };
        return { ...t, value: `${fiscal.year}-Q${n}` };
      }
      const named = fiscalYearNamed(text, year, month, n) ?? year;
      fiscal = { year: named, n, endsIn };
      return { ...t, value: `${named}-Q${n}` };
    }
    // "the second half ended March 31": a half named by its place in a fiscal year, as a quarter is
    // ("the second half of fiscal 1986 ending on March 31" keeps the year its words name)
    const halfPlace = HALF_PLACE.exec(t.text);
    if (/-H[12]$|\(H[12]\)/.test(t.value) && halfPlace && date && !/\d{4}/.test(t.text)) {
      const h = /^(?:first|1st)$/i.test(halfPlace[1]) ? 1 : 2;
      const endsIn = fiscalEndYear(year, month, 2 * h);
      if (fiscal?.endsIn === endsIn) return { ...t, value: `${fiscal.year}-H${h}` };
      const named = fiscalYearNamed(text, year, month, 2 * h) ?? endsIn;
      fiscal = { year: named, n: 2 * h, endsIn };
      return { ...t, value: `${named}-H${h}` };
    }
    // "the week ended Oct. 21", "the month ended Sept. 30": weekly and monthly statistics
    if (unit === 'week') return date ? { ...t, value: formatIsoWeek({ year, month, day: date }) } : t;
    if (unit === 'month') return { ...t, value: `${day[1]}-${day[2]}` };
    if (unit === 'year') return { ...t, value: day[1] };
    return t;
  };
  // (a loop, not timexes.map: the lists passed between the passes are all made by push, so that
  // V8's optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(one(timexes[i], i));
  return out;
}
