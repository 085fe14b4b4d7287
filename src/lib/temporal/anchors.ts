// The document pass for dates that count from the story's own time rather than from
// publication: "the day", "the same day" (ANCHOR_DAY) take the last day named before them;
// "two days later", "the following year" (ANCHOR_SHIFT) count from the last date named at
// the precision they need (a day for days and weeks, a month for months and quarters, a year
// for years); "the previous week" (ANCHOR_PERIOD) is the whole week before the last day named;
// "the same period last year" (ANCHOR_YEAR_BACK) is the last date named one year back; "by
// that time" (ANCHOR_LAST) is the last date named, as named, and no date when none was.
// A clock time with no day beside it ("At 9:30 a.m., ...") is on the day of the narrative: the
// last day named, or the first day of a weekend named since ("The weekend began with ..."); in
// the small hours after a named night ("Late Sunday night ... Around 12:30 a.m.") the next day.
// A results story reports figures for one period (a month, a quarter, a half), named beside the
// figures; later comparisons ("a year earlier", "the year-ago quarter") and anaphors ("the
// latest quarter", "the period") refer to it (ANCHOR_REPORT), as the publication date is kept
// for the whole story. With no such date before them they count from publication.
// Knows nothing of how the timexes were found.
import type { Timex } from '../document';
import { addDays, formatDay, formatIsoWeek, formatMonth, formatYear, mondayOfIsoWeek, MONTH_WORD, toEpochDay, weekday, type YMD } from './calendar';
import { ANCHOR_DAY, ANCHOR_SHIFT } from './parsers/anaphoricDay';
import { ANCHOR_PERIOD_YEAR_BACK, ANCHOR_YEAR_BACK } from './parsers/samePeriod';
import { ANCHOR_LAST, ANCHOR_LAST_PERIOD, ANCHOR_PERIOD, ANCHOR_REPORT, ANCHOR_SAME, ANCHOR_WEEKDAY, COARSER, NO_VALUE, NOT_AFTER_PUBLICATION, NOT_BEFORE_PUBLICATION, PRESENT_OR_DAY } from './placeholders';
import { comparedFigure } from './narrativeYear';
import { shiftedValue } from './shift';
import type { StoryTime } from './storyTime';
import type { Unit } from './units';

// the words of a period set a year back against the story's own: "the same month last year",
// "the year-ago month", "the corresponding quarter a year earlier"
const YEAR_BACK_COMPARISON = /\b(?:same|corresponding|comparable|like)\b[^,;]*\b(?:last\s+year|year\s+(?:ago|earlier|before)|(?:previous|prior|preceding)\s+year)\b|\byear-(?:ago|earlier)\b|\byear\s+ago\s+(?:month|quarter|week|period)\b/i;
const SHIFT = new RegExp(`^(${ANCHOR_SHIFT}|${ANCHOR_PERIOD})\\((-?\\d+),([a-z]+)\\)(.*)$`);
const REPORT = new RegExp(`^${ANCHOR_REPORT}\\((=?)(-?\\d+)(?:,(quarterly|quarter|half|year|month))?\\)\\|(.*)$`);
const SAME = new RegExp(`^${ANCHOR_SAME}\\((Q[1-4]|H[12])(?:,(-\\d+))?\\)\\|(.*)$`);
const WEEKDAY_OF = new RegExp(`^${ANCHOR_WEEKDAY}\\(([01]),([0-6])\\)([^|]*)\\|(.*)$`);
const WEEKEND = /^(\d{4})-W(\d{2})-WE$/;
const CALENDAR_WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH_NAMED = new RegExp(`\\b${MONTH_WORD}`, 'i');
// a night, an evening or an hour from 6 p.m.: a small-hours clock time after it is the next day's
const EVENING = /T(?:NI|EV|1[89]:|2[0-3]:)/;
const DATED = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4]))?(?:T|$)/;
// a comparison a year back named by the year alone
// (and the wire's adjective before an amount: "1986 profit rose to 1,249,000 dlrs from year-earlier
// 620,000 dlrs" compares with 1985)
// "the year ago month", "the year-earlier month"
const YEAR_AGO_MONTH_WORDS = /^(?:the\s+)?(?:year|yr)[-\s](?:earlier|ago)\s+month$/i;
// a level stood at a day: "stocks as of April 1", "reserves at March 31"
const STOCK_AT_BEFORE = /\b(?:as\s+of|as\s+at)\s+$/i;
// a figure set against, named by its noun before its amount: "against a net outflow of 548 mln in "
const SET_AGAINST_BEFORE = /\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){1,3}of\s+[$\u20ac\u00a3\u00a5]?\d[\d.,]*(?:\s+[A-Za-z.]+){0,3}\s+(?:in|during|for|at)\s+$/i;
const PREVIOUS_YEAR_WORDS = /^the\s+(?:previous|prior|preceding)\s+year$/i;
// an amount right before: "and 369 mln ", "against 1.9 billion dlrs "
const FIGURE_RIGHT_BEFORE = /\d(?:[\d.,]*\d)?(?:\s*(?:%|pct|percent|per\s+cent|mln|bln|million|billion|trillion|dlrs?|dollars|cts|cents|stg|marks|francs|yen|crowns|tonnes|barrels|units))*\s+$/i;
const YEAR_BACK_WORDS = /^(?:(?:a|one|the)\s+year\s+(?:earlier|ago|before)|the\s+(?:prior|previous)\s+year|(?:the\s+)?(?:year|yr)[-\s](?:earlier|ago))$/i;
// "the same period last year", "the corresponding period a year ago": the period compared, named
// by its noun alone, with its year back
const SAME_PERIOD_WORDS = /^the\s+(?:same|corresponding|comparable|like)\s+period\s+(?:(?:of\s+|in\s+)?last\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))$/i;
// "the same period of 1986", "the comparable 1985 quarter": the period compared, with its year written
const COMPARED_IN_YEAR_WORDS = /^the\s+(?:same|corresponding|comparable|like)\s+(?:(?:19|20)\d\d\s+)?(?:period|quarter|half)(?:\s+(?:of|in)\s+(?:19|20)\d\d)?$/i;
// a counted run of days, weeks or months, and "the period" that refers back to one
const STRETCH = /^P\d+[DWM]$/;
const BARE_PERIOD = /^the\s+period$/i;
// a month that bounds a run of months ("from July through September", "the April-June period")
const RUN_BOUND_BEFORE = /\b(?:through|to|until|till|and)\s+$|[-/]$/i;
const RUN_BOUND_AFTER = /^\s*(?:through\b|to\b|until\b|and\b|-|\/)/i;
const SAME_RUN_BACK = /^the\s+(?:same|corresponding|comparable)\s+period\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year|the\s+(?:year|previous\s+year)\s+before)$/i;
// how far (in characters) a run stated still gives "the period" its span: a wire story's length
const STRETCH_REACH = 2000;
const POSTMODIFIED = /^\s+(?:\d|(?:covered|described|mentioned|specified|stated|concerned|examined|studied|reviewed|in\s+question|under\s+review)\b|up\s+to\b|from\b|between\b|of\b|when\b|in\s+which\b|during\b|under\b|since\b|before\b|after\b|that\b|which\b)/;
// the precision a reporting period is named at: a month, a quarter or a half
const PERIOD = /^(\d{4})-(\d{2}|Q[1-4]|H[12])$/;
const PART_OF_YEAR = /^(\d{4})-(Q[1-4]|H[12])$/;

/** The first period a story states figures for, and where it is named. */
export interface FirstReported {
  value: string;
  start: number;
}

/** What a pass saw: the first reported period, and whether a comparison beside figures came before it. */
export interface ReportingSeen {
  first: FirstReported | null;
  early: boolean;
}

// how far ahead (characters) a results story may name its period after a comparison beside its
// figures: the lead and the paragraph after it ("Reporting record earnings for the tenth
// consecutive quarter, ... from 79.8 mln dlrs a year earlier", then "in the latest quarter")
const REPORTED_AHEAD = 1200;
const LEAD_STREAK = /\b(?:consecutive|straight|successive)\s+quarter$/i;
const LEAD_COMPARISON = /^(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:year-ago|year-earlier)\s+(?:quarter|period)|the\s+(?:same|corresponding|comparable)\s+(?:(?:1[89]|20)\d\d\s+)?period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?|.*\b(?:consecutive|straight|successive)\s+quarter)$/i;

/**
 * Replaces placeholders with values; `figures[i]` tells whether timex i stands in a sentence
 * of reported figures (amounts, percentages), where a period named is the one reported;
 * `storyTime[i]` marks a date in an aside (a document's, a quote's, a relative clause's, the
 * reporter's own day: storyTime.ts), which the story goes on from only until the end of its
 * sentence (`sentenceEnds[i]`: "which exploded April 20 and sank two days later"), and a clock
 * time told in the prose, whose evening and small hours move the story's day.
 */
export function resolveAnchors(timexes: Timex[], published: YMD, figures: readonly boolean[] = [], storyTime: readonly StoryTime[] = [], sentenceEnds: readonly number[] = [], opens: readonly boolean[] = [], text = '', ahead: FirstReported | null = null, seen?: ReportingSeen): Timex[] {
  let day: YMD = published;
  let month: YMD = published;
  let year: YMD = published;
  let lastValue = formatYear(published.year);
  // whether the story has named a date yet ("by that time" with none before it is no date)
  let named = false;
  // whether it has named a day ("the following Monday" with none before it is read as written)
  let dayNamed = false;
  // and a month ("about a month later" after only a year named counts from that year)
  let monthNamed = false;
  // whether a later year has been written since that month ("August 1968 ... in 2004"; a
  // relative "last year" is more often the present looked back from than a narrative's step)
  let monthStale = false;
  let yearWritten = false;
  // whether the last day named was a night: a small-hours clock time after it is the next day
  let night = false;
  let reporting: string | null = null;
  // the latest year each quarter or half was named with, written out ("the first quarter of
  // 1987"), in any sentence: a story that has named this year's first quarter and then gives
  // figures for "first quarter fiscal 1986" compares with that one, it does not report it
  const namedWithYear = new Map<string, number>();
  // the year a sentence states figures for, and where that sentence ends
  let sentenceYear: number | null = null;
  // the period a sentence of figures opens with ("In the first quarter, ...", "At end-January,
  // ..."): what its comparisons ("a year earlier", "three months earlier", "the previous year")
  // count back from, before any other date the sentence names and before the story's own period
  let sentencePeriod: string | null = null;
  let sentenceEnd: number | undefined;
  // the quarter or half the sentence has named so far (the period a day named after it ends)
  let periodThisSentence: string | null = null;
  // the first quarter or half its sentence states (not one it computes or measures from)
  let statedPeriodThisSentence: string | null = null;
  // and where it stands
  let statedPeriodStart = 0;
  // and the month whose figures it states
  let monthThisSentence: string | null = null;
  // and the day its figures stand at ("Indonesian stocks as of April 1")
  let dayThisSentence: string | null = null;
  // the first month it names alone, figures or not ("imports in January were 34,663 tonnes")
  let firstMonthThisSentence: string | null = null;
  // the last run of days, weeks or months the story states as the span its figures cover ("the
  // four weeks ended April 3", "the first nine months of last year", "the ten-day ... period"),
  // until a quarter or a half is named: what a bare "the period" after it refers to, in a story
  // that reports no quarter or half
  let stretch: string | null = null;
  let stretchEnd = 0;
  // whether no month, quarter or half has been named since that run
  let stretchFresh = false;
  // whether the timex being resolved is a bare "a year earlier", "a year ago"
  let yearBackWords = false;
  // or "the year-ago month"
  let yearAgoMonthWords = false;
  // and whether it is "the same period last year"
  let samePeriodWords = false;
  // or "the same period of 1986", "the comparable 1985 quarter"
  let comparedInYearWords = false;
  // whether the clock time being resolved is told in the prose
  let told = false;
  // a report of the day's events dates something else by a day or a week near publication, as
  // such reports write one, without the year ("Tuesday", "yesterday", "this week", "Dec. 20")
  // ("Today" itself, whose tense may be misread, is what is being decided)
  const dayReport = timexes.some((t) => !/^today$/i.test(t.text) && !/\d{4}/.test(t.text) && nearPublication(t.value, published));
  const out: Timex[] = [];
  // the story's own time, kept while an aside's date holds, and the end of the aside's sentence
  let held: (() => void) | null = null;
  let heldUntil = 0;
  // the state before a date measured from, put back at the next timex
  let rewind: (() => void) | null = null;
  // the timex being resolved, and whether it stands beside figures
  let current: Timex | null = null;
  let currentFigures = false;
  // how many timexes its sentence has named before it, and whether it is the sentence's first
  let namedThisSentence = 0;
  // the year written just before in the same sentence, set against or not ("compared with 1.13
  // billion in 1986 and 369 mln the previous year"), and the one being resolved's
  // whether the sentence has named a run of months its figures are for ("during Jan/May")
  let runThisSentence = false;
  let yearBefore: number | null = null;
  let yearWrittenHere: number | null = null;
  let currentFirst = false;
  timexes.forEach((t, i) => {
    current = t;
    currentFigures = figures[i] ?? false;
    if (held && t.start >= heldUntil) {
      held();
      held = null;
    }
    if (rewind) {
      rewind();
      rewind = null;
    }
    if (storyTime[i]?.aside && !held) {
      held = keep();
      heldUntil = sentenceEnds[i] ?? t.end;
    }
    // a date a figure is set against or measured from ("compared with 910 mln at end-1986 and
    // 815 mln a year earlier") is no step even within its sentence: the comparison after it
    // counts from what came before it, not from that base
    if (storyTime[i]?.measuredFrom) rewind = keep();
    yearWritten = /\d{4}/.test(t.text);
    told = storyTime[i]?.told ?? false;
    if (sentenceEnds[i] !== sentenceEnd) {
      sentenceEnd = sentenceEnds[i];
      sentenceYear = null;
      sentencePeriod = null;
      periodThisSentence = null;
      statedPeriodThisSentence = null;
      monthThisSentence = null;
      runThisSentence = false;
      dayThisSentence = null;
      firstMonthThisSentence = null;
      namedThisSentence = 0;
      yearWrittenHere = null;
    }
    yearBefore = yearWrittenHere;
    yearWrittenHere = t.type === 'DATE' && /^(?:1[89]|20)\d\d$/.test(t.text) && t.value === t.text ? Number(t.value) : null;
    currentFirst = namedThisSentence === 0;
    namedThisSentence++;
    yearBackWords = YEAR_BACK_WORDS.test(t.text);
    yearAgoMonthWords = YEAR_AGO_MONTH_WORDS.test(t.text);
    samePeriodWords = SAME_PERIOD_WORDS.test(t.text);
    comparedInYearWords = COMPARED_IN_YEAR_WORDS.test(t.text);
    if (t.type === 'DURATION' && STRETCH.test(t.value) && /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(t.text)) {
      stretch = t.value;
      stretchEnd = t.end;
    } else if (t.type === 'DATE' && /-[QH]\d$/.test(t.value)) stretch = null;
    // "fell to 22.36 billion dlrs in the first 10 months of the fiscal year from 25.74 billion in
    // the same period a year ago": the run compared a year back is named by the year it ends in
    // (as "the same period in 1985" is), not by the month the story reported before the run
    if (stretch && stretchFresh && SAME_RUN_BACK.test(t.text) && t.start - stretchEnd <= STRETCH_REACH) {
      out.push({ ...t, value: formatYear((reporting ? Number(reporting.slice(0, 4)) : month.year) - 1) });
      return;
    }
    if (t.type === 'DURATION' && stretch === t.value && t.end === stretchEnd) stretchFresh = true;
    else if (t.type === 'DATE' && /^\d{4}-(?:\d{2}|[QH]\d)$/.test(t.value) && !storyTime[i]?.measuredFrom) stretchFresh = false;
    // "It said sales in the period grew 8.8 pct", after the run of weeks or months the story
    // reports: that run, a DURATION as the run is (not the month or quarter reported before it)
    // (in a story that reports a quarter or a half, "the period" is that quarter or half, the
    // run beside it the year to date: "for the nine months ended Sept. 30 ... In the period")
    // ("the period covered by the report", "the period 2003 to 2008", "the period up to the
    // merger" name a span of their own)
    // (within a paragraph or two of it: STRETCH_REACH)
    if (stretch && t.start - stretchEnd <= STRETCH_REACH && BARE_PERIOD.test(t.text) && t.value.startsWith(ANCHOR_REPORT) && !(reporting && /-[QH]\d$/.test(reporting)) && !POSTMODIFIED.test(text.slice(t.end, t.end + 30))) {
      out.push({ ...t, type: 'DURATION', value: stretch });
      return;
    }
    // "a surplus of 400 mln dlrs this year compared with 1.13 billion in 1986 and 369 mln the
    // previous year": a chain of figures each set against the one before; "the previous year"
    // right after a year written in its sentence is the year before that one, not the year before
    // the period the story reports or the last date the story went on from (a year set against
    // is no step of the story, yet it is what "previous" points back to); only a figure's, right
    // before it ("lower than in 1985 because the record profit of the previous year" is the
    // story's year before)
    if (yearBefore !== null && !/^\d/.test(t.value) && PREVIOUS_YEAR_WORDS.test(t.text) && FIGURE_RIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) {
      out.push({ ...t, value: formatYear(yearBefore - 1) });
      return;
    }
    const value = resolve(t.value);
    if (value === NO_VALUE) return;
    // the year whose figures the sentence states ("For the year, profit rose to $20 million",
    // "Fiscal 1989 net was $20 million"), until it names a shorter period
    // (a comparison the story computed is no year the sentence states: "39.6 pct a year earlier,
    // fell 13.8 pct from a year earlier to 202 billion yen in 1986/87" compares both with 1985)
    // (nor is a year a figure is set against: "compared with 910 mln at end-1986 and 815 mln a
    // year earlier" compares with the period reported)
    if (figures[i] && t.type === 'DATE' && !t.value.startsWith(ANCHOR_REPORT) && !storyTime[i]?.measuredFrom) sentenceYear = /^\d{4}$/.test(value) ? Number(value) : PERIOD.test(value) ? null : sentenceYear;
    if (opens[i] && figures[i] && t.type === 'DATE' && !sentencePeriod && OPENING_PERIOD.test(value)) sentencePeriod = value;
    if (value !== t.value) {
      // a resolved date is itself a date the story can go on from
      // (not a comparison a year back: "made 98,648 cars in March, down from 115,540 in the same
      // month last year ... trucks during the month" sets the figures against a period, and the
      // story goes on in its own month; "the month" is March)
      if (/^(?:ANCHOR_(?:SHIFT|PERIOD|WEEKDAY|SAME)|PRESENT_OR_DAY)/.test(t.value) && !(t.value.startsWith('ANCHOR_SHIFT(-') && YEAR_BACK_COMPARISON.test(t.text))) remember(value);
    } else if (t.type === 'DATE' || t.type === 'TIME') remember(value, t.text);
    // only a period the story states; a comparison period it computed is not the one reported
    // and the latest one: a story reports its newest period and compares it with older ones
    // ("from $4 million in last year's third quarter"); a month named later with a figure does
    // not replace a quarter or half reported ("Q1 net profit 92 mln ... its price target was cut
    // by 10 percent in April": a story of quarterly results dates its other news by the month)
    // (a quarter named without its year, placed by its tense or as the one reported, is stated)
    // (nor the date a change is measured from: "up 19.3 pct from late March 1986")
    const part = t.type === 'DATE' && value === t.value ? PART_OF_YEAR.exec(value) : null;
    if (figures[i] && !storyTime[i]?.measuredFrom && (value === t.value || t.value.startsWith(ANCHOR_SAME)) && t.type === 'DATE' && PERIOD.test(value) && (!reporting || (startMonth(value) >= startMonth(reporting) && !(isMonth(value) && !isMonth(reporting)))) && !(part && (namedWithYear.get(part[2]) ?? 0) > Number(part[1]))) reporting = value;
    // ("totaled 1.7 billion dlrs in the latest quarter", the first period the story gives its
    // figures: the quarter just ended that "the latest quarter" fell back to is the one reported)
    else if (!reporting && figures[i] && t.type === 'DATE' && t.value.startsWith(ANCHOR_REPORT) && /^\d{4}-[QH]\d$/.test(value) && /^the\s+(?:latest|most\s+recent|just[\s-]ended)\s+(?:quarter|half)$/i.test(t.text)) reporting = value;
    if (seen && reporting && !seen.first) seen.first = { value: reporting, start: t.start };
    if (part && /\d{4}/.test(t.text)) namedWithYear.set(part[2], Math.max(namedWithYear.get(part[2]) ?? 0, Number(part[1])));
    if (t.type === 'DATE' && /^\d{4}-[QH]\d$/.test(value)) periodThisSentence = value;
    if (!statedPeriodThisSentence && t.type === 'DATE' && /^\d{4}-[QH]\d$/.test(value) && !storyTime[i]?.measuredFrom && (value === t.value || t.value.startsWith(ANCHOR_SAME))) {
      statedPeriodThisSentence = value;
      statedPeriodStart = t.start;
    }
    // (the first month the sentence states, alone: not a bound of a run, "from July through
    // September", nor a later month its figures are set against, "compared with ... at end September")
    if (!monthThisSentence && figures[i] && t.type === 'DATE' && isMonth(value) && !storyTime[i]?.measuredFrom && !t.value.startsWith(ANCHOR_REPORT) && !RUN_BOUND_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !RUN_BOUND_AFTER.test(text.slice(t.end, t.end + 10))) monthThisSentence = value;
    if (!firstMonthThisSentence && t.type === 'DATE' && isMonth(value) && !storyTime[i]?.measuredFrom && !t.value.startsWith(ANCHOR_REPORT) && !RUN_BOUND_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) && !RUN_BOUND_AFTER.test(text.slice(t.end, t.end + 10))) firstMonthThisSentence = value;
    if (!dayThisSentence && t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(value) && STOCK_AT_BEFORE.test(text.slice(Math.max(0, t.start - 8), t.start))) dayThisSentence = value;
    // (a run of months the sentence's figures are for, written with a slash: "during January/May")
    if (figures[i] && t.type === 'DURATION' && /^P\d+M$/.test(value) && t.text.includes('/')) runThisSentence = true;
    out.push(value === t.value ? t : { ...t, value });
  });
  return out;

  function resolve(value: string): string {
    if (value.startsWith(PRESENT_OR_DAY)) return dayReport ? value.slice(PRESENT_OR_DAY.length + 1) : 'PRESENT_REF';
    if (value.startsWith(ANCHOR_DAY)) {
      let rest = value.slice(ANCHOR_DAY.length);
      const side = rest[0] === NOT_AFTER_PUBLICATION || rest[0] === NOT_BEFORE_PUBLICATION ? rest[0] : '';
      rest = rest.slice(side.length);
      // (and a morning named after it, "until dawn", "at daybreak": the night's next morning)
      const smallHours = night && (/^T0[0-4]:/.test(rest) || rest === 'TMO');
      // a clock time whose clause's side the story's day contradicts is publication's, and the
      // story goes on from it ("Mester speaks at 12 p.m." after a greeting's past weekend)
      const own = toEpochDay(day) + (smallHours ? 1 : 0);
      if ((side === NOT_AFTER_PUBLICATION && own > toEpochDay(published)) || (side === NOT_BEFORE_PUBLICATION && own < toEpochDay(published))) {
        const moved = formatDay(published) + rest;
        remember(moved);
        return moved;
      }
      const at = `${shiftedValue(day, smallHours ? 1 : 0, 'day')}${rest}`;
      // the story goes on from its clock: past midnight it is on the next day ("By 2:30 a.m."
      // after "By 10:41 p.m."), and an evening's hour makes its small hours the next day's
      if (smallHours && told) remember(at);
      else if (told && EVENING.test(rest)) night = true;
      return at;
    }
    // ("sales for the third quarter, ended March 31, ... up from 693.4 mln dlrs last year": the
    // quarter a year back, not the day that ended it)
    if (value === ANCHOR_YEAR_BACK) return yearBack(/^\d{4}-\d{2}-\d{2}$/.test(lastValue) && periodThisSentence ? periodThisSentence : lastValue, -1);
    if (value === ANCHOR_PERIOD_YEAR_BACK) return yearBack(/^\d{4}-\d{2}-\d{2}/.test(lastValue) ? lastValue.slice(0, 4) : lastValue, -1);
    if (value === ANCHOR_LAST) return named ? lastValue : NO_VALUE;
    if (value === ANCHOR_LAST_PERIOD) return named && !/^\d{4}-\d{2}-\d{2}/.test(lastValue) ? lastValue : NO_VALUE;
    const weekdayOf = WEEKDAY_OF.exec(value);
    if (weekdayOf) {
      if (!dayNamed) return weekdayOf[4];
      const target = Number(weekdayOf[2]);
      // the first one after the day named, or the one nearest it (within three days either side)
      const ahead = (target - weekday(day) + 7) % 7;
      const offset = weekdayOf[1] === '1' ? ahead || 7 : ahead > 3 ? ahead - 7 : ahead;
      return formatDay(addDays(day, offset)) + weekdayOf[3];
    }
    const same = SAME.exec(value);
    if (same) return reporting?.endsWith(`-${same[1]}`) ? yearBack(reporting, Number(same[2] ?? 0)) : same[3];
    const report = REPORT.exec(value);
    // "For the year, profit rose to $20 million from $18 million a year earlier" after a
    // quarter's figures: the comparison is with the year its own sentence states, a year back,
    // not with the quarter the story reports
    // ("the same period of the last year" names a period, the sentence's own, and is left alone)
    if (report && sentencePeriod && report[2] === '-1' && !report[1]) {
      const own = atOwnPrecision(sentencePeriod, report[3]);
      if (own) return yearBack(own, -1);
    }
    // "The January-March trade surplus totalled 526 mln dlrs, below the same period last year" in
    // a story that reports March: the quarter its own sentence named, a year back
    if (report && samePeriodWords && report[2] === '-1' && !report[1] && periodThisSentence) return yearBack(periodThisSentence, -1);
    // "For the third quarter of 1987, he expects 1.5 billion compared with one billion in the same
    // period of 1986", "exports fell in the fourth quarter, down 4.1 pct from the comparable 1985
    // quarter": the quarter or half its own sentence stated first, in the year written, whatever
    // period the story reports (not "the preceding quarter" set against it in between)
    if (report && report[1] && comparedInYearWords && statedPeriodThisSentence) return yearBack(statedPeriodThisSentence, Number(report[2]) - Number(statedPeriodThisSentence.slice(0, 4)));
    if (report && yearBackWords && report[2] === '-1' && !report[1] && !report[3] && sentenceYear !== null) return formatYear(sentenceYear - 1);
    // "expects to report higher first quarter earnings than the 4.1 mln dlrs reported a year
    // earlier": a forecast's quarter is no period the story reports, yet its comparison a year
    // back is with that quarter, the one its own sentence stated, not with the year; and
    // "Earlier, it reported fourth quarter earnings of 48.5 mln dlrs, down from 55.4 mln dlrs a
    // year ago" in a story of third-quarter results compares that fourth quarter, not the third
    // (not a quarter the sentence's figure is set against: "to a 1.52 billion inflow from a 555 mln
    // outflow in the third quarter, against a 520 mln inflow a year earlier" compares the quarter
    // reported)
    if (report && yearBackWords && report[2] === '-1' && !report[1] && !report[3] && sentenceYear === null && statedPeriodThisSentence && statedPeriodThisSentence !== reporting && !comparedFigure(text, statedPeriodStart) && !SET_AGAINST_BEFORE.test(text.slice(Math.max(0, statedPeriodStart - 70), statedPeriodStart))) return yearBack(statedPeriodThisSentence, -1);
    // "took charges of 230 mln dlrs in 1986, resulting in a loss of 80 mln dlrs for the year": the
    // year its own sentence has stated figures for, not the month or quarter the story named last
    // (an annual report's story names sales and deals by month: "sold ... in January, 1987")
    if (report && report[3] === 'year' && report[2] === '0' && !report[1] && sentenceYear !== null) return formatYear(sentenceYear);
    // "Revenues rose to 225.8 mln dlrs last month from 202.7 mln dlrs a year earlier" in a story
    // that reports a quarter: the month the sentence's figures are for, a year back
    if (report && yearBackWords && report[2] === '-1' && !report[1] && !report[3] && monthThisSentence && reporting && /-[QH]\d$/.test(reporting)) return yearBack(monthThisSentence, -1);
    // "Argentine soymeal in January were 34,663 tonnes, down from 41,365 tonnes in December but
    // above the 13,375 tonnes in the year ago month": the month the sentence reports, its first,
    // a year back, not the month named last
    if (report && yearAgoMonthWords && report[2] === '-1' && !report[1] && firstMonthThisSentence) return yearBack(firstMonthThisSentence, -1);
    // "Indonesian stocks as of April 1 are put at 65,000 tonnes compared with 160,000 a year ago":
    // a level stated at a day is compared with that day a year back (as a month's figures are
    // with that month's), not with the year
    if (report && yearBackWords && report[2] === '-1' && !report[1] && !report[3] && dayThisSentence) return yearBack(dayThisSentence, -1);
    // a comparison beside figures before the story has named the period they are for: the
    // period it names next, when that comes within the lead (a second pass, index.ts)
    // (nor when its sentence has named a date before it: "in the year ending October 31, 1987, up
    // 12 pct from a year earlier" compares with that year)
    // (the timex being resolved, set by the loop over the timexes, which TypeScript cannot see here)
    const lead = current as Timex | null;
    if (report && !reporting && currentFigures && lead && (currentFirst || LEAD_STREAK.test(lead.text))) {
      if (seen) seen.early = true;
      // (only a quarter or a half, a results story's period, and only for a comparison a year
      // back or a streak: a statistics story's month, or a results table's "Prior year" note, is
      // not known before it is named)
      if (ahead && /-[QH]\d$/.test(ahead.value) && LEAD_COMPARISON.test(lead.text) && ahead.start > lead.start && ahead.start - lead.start <= REPORTED_AHEAD) reporting = ahead.value;
    }
    // "exported 7,715 tonnes of tin during January/May compared with 8,462 tonnes a year ago": a
    // sentence whose figures are for a run of months it names compares that run a year back, in
    // no month or quarter the story reports: the year before, as with no period reported
    if (report && runThisSentence && yearBackWords && report[2] === '-1' && !report[1] && !report[3]) return resolve(report[4]);
    if (report) {
      // (a half after a month's figures could be either one: none is said)
      // ("the month" is the month reported, and nothing the story reports by quarter or half)
      // ("quarterly": only a story reporting a quarter or a half compares its period so)
      if (!reporting || (report[3] === 'half' && isMonth(reporting)) || (report[3] === 'month' && !isMonth(reporting)) || (report[3] === 'quarterly' && !/-[QH]\d$/.test(reporting))) return resolve(report[4]);
      const period = atPrecision(reporting, report[3]);
      return yearBack(period, report[1] ? Number(report[2]) - Number(period.slice(0, 4)) : Number(report[2]));
    }
    const shift = SHIFT.exec(value);
    if (!shift) return value;
    const unit = shift[3] as Unit;
    const count = Number(shift[2]);
    // "At end-January, the total was 3 pct above the total three months earlier", after
    // "December's" figure: counted back from the period the sentence opens with
    if (sentencePeriod && count < 0 && !shift[4]) {
      const from = openingBase(sentencePeriod, unit);
      if (from) return shiftedValue(from, count, unit);
    }
    const base = unit === 'day' || unit === 'week' || unit === 'hour' || unit === 'minute' ? day : unit === 'month' || unit === 'quarter' ? month : year;
    // "will close by year end" after "opened in 1987": no year before publication's
    // "the year was difficult" after a release due "in January" of next year: what has happened
    // lies in no year after publication's
    // "clashes happened overnight and into Tuesday" after a plan's "on 30 June": a night before the
    // story's day told in the past counts from that day as the story has it, which is no later
    // than publication, and keeps its part of the day (parsers/casualDay.ts)
    if (unit === 'day' && shift[4].length > 1 && shift[4][0] === NOT_AFTER_PUBLICATION) {
      const from = toEpochDay(base) > toEpochDay(published) ? published : base;
      return shiftedValue(from, count, unit) + shift[4].slice(1);
    }
    if (shift[4] === NOT_AFTER_PUBLICATION) {
      const counted = shiftedValue(base, count, unit);
      const own = shiftedValue(published, 0, unit);
      return counted > own ? own : counted;
    }
    if (shift[4] === NOT_BEFORE_PUBLICATION) {
      const counted = shiftedValue(base, count, unit);
      const own = shiftedValue(published, 0, unit);
      return counted < own ? own : counted;
    }
    // months counted from a month the story has since left for a later year count from that year
    if (unit === 'month' && monthStale) return formatYear(year.year);
    // "a few months earlier": the year of the months counted, "a few years later" their decade
    if (shift[4] === COARSER) {
      const counted = shiftedValue(base, count, unit);
      return unit === 'year' ? `${counted.slice(0, 3)}X` : counted.slice(0, 4);
    }
    // the whole week, not the day a week away: "the previous week" is a week
    if (shift[1] === ANCHOR_PERIOD && unit === 'week') return formatIsoWeek(addDays(base, 7 * count)) + shift[4];
    // "about a month later", "five days earlier" after the story named only a coarser date (a
    // year, a month): counted from that date, known only at its precision, not from publication
    if (shift[1] === ANCHOR_SHIFT && !shift[4] && named) {
      const dayUnit = unit === 'day' || unit === 'week';
      if (dayUnit && !dayNamed && monthNamed) return formatMonth(month.year, month.month);
      if ((dayUnit || unit === 'month') && !monthNamed) return formatYear(year.year);
    }
    return shiftedValue(base, count, unit) + shift[4];
  }

  /** The story's time as it stands, and a function that puts it back. */
  function keep(): () => void {
    const saved = { day, month, year, lastValue, named, dayNamed, monthNamed, monthStale, night };
    return () => ({ day, month, year, lastValue, named, dayNamed, monthNamed, monthStale, night } = saved);
  }

  function remember(value: string, words = '') {
    // "the last week of February", "the third week of March": a week named by its month is a
    // date the story goes on from ("the week", "the week before", "the same month last year"
    // after it are that week's); "last week", "next week" name none (a market report's "the
    // week" is still its own)
    const week = CALENDAR_WEEK.exec(value);
    if (week) {
      // (publication's own week, "we're into the first week of February", leaves the story on
      // publication's day)
      if (!MONTH_NAMED.test(words) || value === formatIsoWeek(published)) return;
      // its Thursday, by which ISO counts a week's month and year
      day = addDays(mondayOfIsoWeek(Number(week[1]), Number(week[2])), 3);
      month = { year: day.year, month: day.month, day: 1 };
      year = { year: day.year, month: 1, day: 1 };
      lastValue = value;
      named = dayNamed = monthNamed = true;
      monthStale = false;
      night = false;
      return;
    }
    const weekend = WEEKEND.exec(value);
    if (weekend) {
      // the weekend's Saturday: a story tells a weekend from its start
      day = addDays(mondayOfIsoWeek(Number(weekend[1]), Number(weekend[2])), 5);
      night = false;
      dayNamed = true;
      monthNamed = true;
      return;
    }
    const m = DATED.exec(value);
    if (!m) return;
    named = true;
    if (m[3] || /^\d{4}-\d{2}-\d{2}T/.test(value)) night = EVENING.test(value);
    lastValue = value;
    const y = Number(m[1]);
    year = { year: y, month: 1, day: 1 };
    if (m[4]) month = { year: y, month: 3 * Number(m[4]) - 2, day: 1 };
    if (m[2]) month = { year: y, month: Number(m[2]), day: 1 };
    if (m[2] || m[4]) {
      monthNamed = true;
      monthStale = false;
    }
    // a later year the story moves on to ends an older month's hold: "in 2004 ... A few months
    // later" counts from 2004, not from "August 1968" paragraphs before (a year looked back to,
    // "the worst spill since 1989", leaves it; a day named keeps its hold: "exploded April 20 ...
    // the 2011 season ... two days later" still counts days from April 20)
    else if (yearWritten && monthNamed && y > month.year) monthStale = true;
    if (m[3]) {
      day = { year: y, month: Number(m[2]), day: Number(m[3]) };
      dayNamed = true;
    }
  }
}

/** Whether a value names a day, or the ISO week, within a week of publication. */
function nearPublication(value: string, published: YMD): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day) return Math.abs(toEpochDay({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) }) - toEpochDay(published)) <= 7;
  const week = /^(\d{4}-W\d{2})/.exec(value);
  return !!week && (week[1] === formatIsoWeek(published) || week[1] === formatIsoWeek(addDays(published, -7)) || week[1] === formatIsoWeek(addDays(published, 7)));
}

/** A date `years` years away at its own precision ("2009-02" -> "2008-02"), time of day dropped. */
function yearBack(value: string, years: number): string {
  const m = /^(\d{4})(.*)$/.exec(value)!;
  return formatYear(Number(m[1]) + years) + m[2].replace(/T.*$/, '');
}

/** A reporting period read at a coarser unit: the quarter, the half or the year of a month. */
function atPrecision(period: string, unit: string | undefined): string {
  const [, y, part] = PERIOD.exec(period)!;
  if (unit === 'year') return y;
  if (unit === 'quarter' && /^\d/.test(part)) return `${y}-Q${Math.floor((Number(part) - 1) / 3) + 1}`;
  // the half holding a quarter reported ("turnover in the half" after second-quarter figures)
  if (unit === 'half' && part[0] === 'Q') return `${y}-H${Number(part[1]) <= 2 ? 1 : 2}`;
  return period;
}

// a period a sentence can open with: a year, a half, a quarter or a month
const OPENING_PERIOD = /^\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?$/;
// how fine each unit is, in months (a comparison is counted only from a period as fine as it)
const UNIT_MONTHS: Partial<Record<Unit, number>> = { month: 1, quarter: 3, year: 12 };

/** The opening period as a comparison at `unit` reads it ("quarter": the quarter of a month), or null when it is coarser. */
function atOwnPrecision(period: string, unit: string | undefined): string | null {
  if (/^\d{4}$/.test(period)) return !unit || unit === 'year' ? period : null;
  if (unit === 'month' && !isMonth(period)) return null;
  if ((unit === 'quarter' && /-H\d$/.test(period)) || (unit === 'half' && isMonth(period))) return null;
  return unit === 'quarterly' ? (/-[QH]\d$/.test(period) ? period : null) : atPrecision(period, unit);
}

/** The first day of an opening period, when it is as fine as `unit` ("three months earlier" needs a month, a quarter or a half counts quarters). */
function openingBase(period: string, unit: Unit): YMD | null {
  const need = UNIT_MONTHS[unit];
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(period);
  if (!need || !m) return null;
  const size = m[2] ? 1 : m[3] ? 3 : m[4] ? 6 : 12;
  if (size > need) return null;
  const month = m[2] ? Number(m[2]) : m[3] ? 3 * Number(m[3]) - 2 : m[4] ? 6 * Number(m[4]) - 5 : 1;
  return { year: Number(m[1]), month, day: 1 };
}

const isMonth = (period: string) => /^\d{4}-\d{2}$/.test(period);

/** Months since year 0 at which a period of PERIOD's form starts, to order periods. */
function startMonth(period: string): number {
  const [, y, part] = PERIOD.exec(period)!;
  const month = part[0] === 'Q' ? 3 * Number(part[1]) - 2 : part[0] === 'H' ? 6 * Number(part[1]) - 5 : Number(part);
  return Number(y) * 12 + month;
}
