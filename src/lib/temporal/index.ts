// Temporal tagging: article text + publication date -> TIMEX3 spans with TimeML values.
// Reads the text one sentence at a time with the news-tuned chrono (newsChrono.ts) so that
// each date is resolved with its own sentence's tense and the work per sentence is bounded.
// Knows nothing of events or of drawing; never reads the clock.
import type { Timex } from '../document';
import { resolveAnchors, type ReportingSeen } from './anchors';
import { parseSentence, sentenceCue } from './newsChrono';
import { placedByTense } from './parsers/quarterHalf';
import { sameAsReported } from './placeholders';
import { wordsBit } from './guard';
import type { NewsOption } from './context';
import { parsePublished, referenceDate } from './reference';
import { splitPieces, type Piece } from './sentences';
import { resultParts } from './parts';
import { alignRangeEnds } from './rangeEnds';
import { valueInCalendar } from './bounds';
import { tenseAround, type Tense } from './tense';
import { namesAccord, namesDisaster } from './verbGroup';
import { joinPeriodYears } from './periodOfYear';
import { namesReportedPeriod, reportsFigures } from './reportingPeriod';
import { dividendDays } from './dividendDates';
import { monthsInQuarters } from './monthInQuarter';
import { narrativeYears } from './narrativeYear';
import { storyTimes } from './storyTime';
import { periodsByEndDay } from './periodEnded';
import { ofThatYear } from './ofThatYear';
import { yearsNamedAgain } from './thatYear';
import { daysNamedAgain } from './thatDay';
import { headlineDates, headlineQuarters } from './headlineDates';
import { weekdaysNamedAgain } from './weekdayAgain';
import { daysInApposition } from './dayInApposition';
import { monthsNamedAgain } from './monthAgain';
import { fiscalCalendarDays } from './fiscalCalendar';
import { datelineDay } from './dateline';
import { formatDay } from './calendar';

export { parsePublished } from './reference';
export { timexRange, type TimexRange } from './range';
export { findRanges, type RangePair } from './ranges';

// a present perfect with "now" before a date in its sentence: "has now joined", "have now overtaken"
const PERFECT_NOW = /\b(?:has|have)\s+now\s+[a-z]+(?:ed|en|un|ne)\b/i;
// (the expression only where "now" stands before the date)
const perfectOfNow = (sentence: string, start: number) => sentence.lastIndexOf('now', start) >= 0 && PERFECT_NOW.test(sentence.slice(0, start));

// TimeML spans leave the preposition out: "on Monday" tags "Monday", "in March" tags "March".
const LEADING_PREPOSITION = /^(?:(?:on|in|at|by|since|until|till|from|during|for|of|to|within|through|throughout|after|before)\s+)+/i;

/** Drops trailing spaces, commas and a dangling "of" ("October of" before "next year"). */
function trimTail(text: string): string {
  let body = text.trimEnd();
  while (body.endsWith(',') || / of$/i.test(body)) body = body.replace(/(?:,| of)$/i, '').trimEnd();
  return body;
}

// Every parser needs a digit or one of these word stems; a sentence with none is skipped
// without running chrono (most of an article's sentences have no date). Keep in step with
// the parsers when adding one.
const TRIGGER = wordsBit([
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'current', 'recent', 'soon', 'short', 'past', 'future', 'former', 'lately', 'present',
  'week', 'month', 'year', 'yr', 'qtr', 'decade', 'centur', 'quarter', 'half', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'day', 'daily', 'annual',
  'hour', 'nightly', 'dawn', 'dusk', 'morning', 'afternoon', 'evening', 'night', 'ago', 'later', 'min', 'term', 'time', 'date', 'session', 'moment', 'once',
  'noon', 'midnight', 'run', 'eventually', 'someday', 'every', 'each', 'fiscal', 'fy', 'period', 'eighteen', 'nineteen', 'twenty', 'thousand', 'ties', 'aught', 'overnight',
  'christmas', 'boxing', 'valentine', 'halloween', 'independence', 'fourth', 'veterans', 'armistice', 'remembrance', 'bastille',
  'thanksgiving', 'labor', 'labour', 'memorial', 'luther', 'presidents', 'easter',
]);

// a month named without a year ("in January", "Dec. 28"): its year came from the tense alone
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
// ("December 17 last year" states its year as surely as "Dec. 17, 2004")
// (four digits before a zone are a clock time, "1700 CDT April 24", no year)
const YEAR_WRITTEN = /\d{4}(?!\s*\(?(?:GMT|UTC|[ECMP][SD]T)\b)|['\u2019]\d\d\b|\b(?:last|this|next)\s+year\b/i;

// A period whose figures are forecast ("expects fourth-quarter results to be lower", "sees a
// first-half loss") is not the period the story reports, however new; results to be posted
// ("will post third-quarter results on Thursday") are for the quarter just ended, and are. The
// tense is read only where a word of a forecast stands.
const FORECAST_WORD = /\b(?:expect|forecast|project|predict|anticipat|guid|outlook|estimat|target|see[sn]?\b)/i;
// (whether the sentence holds such a word is asked once for all its timexes: tagPiece)
const forecast = (sentence: string, start: number, end: number) => tenseAround(sentence, start, end) === 'future';

// A quarter, half or month that has not ended by publication has no figures to report yet: "will
// result in a first quarter charge" in March is a charge to come, and the story's reported
// period stays the one it reports ("its revised net loss for the fourth quarter")
const PERIOD_OF = /(\d{4})-(?:Q([1-4])|H([12])|(\d{2}))$/;
function notOverYet(value: string, published: string): boolean {
  const m = PERIOD_OF.exec(value);
  if (!m) return false;
  const lastMonth = m[2] ? 3 * Number(m[2]) : m[3] ? 6 * Number(m[3]) : Number(m[4]);
  // (the month of publication has not ended by publication)
  return Number(m[1]) * 12 + lastMonth >= Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7));
}
const ahead = (t: Timex, published: string, sentence: string, start: number) => notOverYet(t.value, published) && tenseAround(sentence, start, start + t.end - t.start) === 'future';

// "the previous fourth quarter", "the prior first quarter": the quarter reported, a year back
const PREVIOUS = /\b(?:previous|prior|preceding)\s+$/i;

const SPAN_DASH = /(?<=\d(?:st|nd|rd|th)?\s?)\u2013(?=\s?\d)/g;

export function tagTimexes(text: string, published: string): Timex[] {
  const stamp = parsePublished(published);
  if (!stamp) throw new Error(`invalid publication date: ${published}`);
  // (a dateline a day ahead of or behind the stamp is the story's own day: dateline.ts)
  const local = datelineDay(text, stamp);
  const reference = local ? { ...stamp, ...local } : stamp;
  const refDate = referenceDate(reference);
  const option = { newsline: { reference } } satisfies NewsOption;
  const found: Found = { timexes: [], figures: [], sentenceEnds: [], opens: [], yearless: [] };
  const { timexes, figures, sentenceEnds, opens, yearless } = found;
  const publishedDay = formatDay(reference);
  for (const piece of splitPieces(text)) tagPiece(text, piece, refDate, option, publishedDay, found);
  // (a disaster or an accord named by its date, "the April 20 blast", "the February 27 accord",
  // is a reference, no step of a narrative)
  // (each yearless month's tense read once: both narrative tests may ask for it)
  const tenses = new Map<number, Tense | null>();
  const tenseOf = (i: number) => {
    if (!tenses.has(i)) tenses.set(i, tenseAround(yearless[i]!.sentence, yearless[i]!.start, yearless[i]!.end));
    return tenses.get(i) ?? null;
  };
  // ("Reddit has now joined the club, having served 14 million visitors in January": a month told
  // in the present perfect of what holds now is the latest one, no step of the narrative before it)
  const pastYearless = (i: number) => yearless[i] !== null && !perfectOfNow(yearless[i]!.sentence, yearless[i]!.start) && !namesDisaster(yearless[i]!.sentence, yearless[i]!.start, yearless[i]!.end) && !namesAccord(yearless[i]!.sentence, yearless[i]!.start, yearless[i]!.end) && tenseOf(i) === 'past';
  const notAheadYearless = (i: number) => yearless[i] !== null && tenseOf(i) !== 'future';
  // (a month or a day named again is the one first placed, before anything counts from it:
  // monthAgain.ts)
  const indexAt = new Map(timexes.map((t, i) => [t.start, i]));
  // the tense a yearless timex's own sentence tells (null: none), undefined for any other timex
  const yearlessTense = (t: Timex): Tense | null | undefined => {
    const i = indexAt.get(t.start);
    return i !== undefined && yearless[i] !== null ? tenseOf(i) : undefined;
  };
  const placed = monthsNamedAgain(text, headlineQuarters(text, narrativeYears(text, periodsByEndDay(text, timexes, reference), pastYearless, notAheadYearless)), (t) => yearlessTense(t) === null, (t) => yearlessTense(t) === 'future');
  const day = { year: reference.year, month: reference.month, day: reference.day };
  const times = storyTimes(text, timexes);
  const seen: ReportingSeen = { first: null, early: false };
  let resolved = resolveAnchors(placed, day, figures, times, sentenceEnds, opens, text, null, seen);
  // a results story's period is a fact of the whole story: a comparison its lead makes before
  // naming the period ("record earnings for the tenth consecutive quarter ... from 79.8 mln dlrs
  // a year earlier", then "in the latest quarter") refers to it all the same
  if (seen.early && seen.first) resolved = resolveAnchors(placed, day, figures, times, sentenceEnds, opens, text, seen.first);
  // (keyed by where each timex starts: resolveAnchors drops the timexes it finds no value for)
  const yearlessAt = new Set(timexes.filter((_, i) => yearless[i] !== null).map((t) => t.start));
  const sentenceEndAt = new Map(timexes.map((t, i) => [t.start, sentenceEnds[i]]));
  const inQuarters = monthsInQuarters(resolved, (t) => yearlessAt.has(t.start), (t) => sentenceEndAt.get(t.start));
  // (a yearless day beside the day it stands in apposition to takes that day's year)
  const dividends = dividendDays(text, daysInApposition(text, inQuarters), day);
  return joinPeriodYears(text, headlineDates(text, daysNamedAgain(text, yearsNamedAgain(text, ofThatYear(text, fiscalCalendarDays(text, weekdaysNamedAgain(text, dividends, publishedDay))))))).filter((t) => valueInCalendar(t.type, t.value));
}

/** What the sentences give, one entry per timex in each list, in reading order. */
interface Found {
  timexes: Timex[];
  // whether each timex stands beside reported figures (its period is then the one reported)
  figures: boolean[];
  // where each timex's sentence ends (an aside's date holds until then: anchors.ts)
  sentenceEnds: number[];
  // whether each timex is the period its sentence opens with (anchors.ts)
  opens: boolean[];
  // each timex naming a month without its year, with its sentence, so that narrativeYear.ts can
  // ask its tense only where a narrative could claim it (reading tense costs a sentence's words)
  yearless: ({ sentence: string; start: number; end: number } | null)[];
}

// One sentence's timexes, added to `found`. (A function of its own, not the body of
// tagTimexes's loop: V8 compiles a function again whenever the arrays it meets change hidden
// class, and a smaller function costs less CPU to compile again.)
function tagPiece(text: string, piece: Piece, refDate: Date, option: NewsOption, publishedDay: string, found: Found): void {
  const { timexes, figures, sentenceEnds, opens, yearless } = found;
  const sentence = text.slice(piece.start, piece.end);
  // chrono's parsers know the hyphen of "March 3-5" but not the en dash news prints there;
  // the copy they read has a hyphen in its place (same length, so offsets hold)
  const read = sentence.includes('\u2013') ? sentence.replace(SPAN_DASH, '-') : sentence;
  const cue = sentenceCue(read);
  if (!cue.digit && !(cue.words & TRIGGER)) return;
  const results = parseSentence(read, refDate, option as object, cue);
  if (!results.length) return;
  const own: Timex[] = [];
  // quarters whose year only the tense gave: the story's reporting period may place them
  const tensePlaced = new Set<Timex>();
  for (const result of results) {
    for (const part of resultParts(result)) {
      const lead = LEADING_PREPOSITION.exec(part.text)?.[0].length ?? 0;
      const length = trimTail(part.text.slice(lead)).length;
      if (!length) continue;
      const start = piece.start + part.index + lead;
      own.push({ start, end: start + length, text: text.slice(start, start + length), ...part.timex });
      if (placedByTense(result)) tensePlaced.add(own[own.length - 1]);
    }
  }
  if (!own.length) return;
  // (a quarter that is one end of a span keeps what the span made of it: a new object)
  const aligned = own.length < 2 ? own : alignRangeEnds(text, own, { published: publishedDay, tenseOf: (s, e) => tenseAround(sentence, s - piece.start, e - piece.start) });
  // each timex's entry in every list, pushed one by one (spreading a mapped array per list
  // made arrays of changing hidden classes, each new one sending this function back to V8's
  // compiler; and a loop over `aligned`, not over aligned.map(...), for the same reason)
  // (whether the sentence states figures, and whether it holds a word of a forecast, asked once
  // for all its timexes)
  let statesFigures: boolean | undefined;
  let forecastWord: boolean | undefined;
  for (let k = 0; k < aligned.length; k++) {
    const placed = aligned[k];
    const t = tensePlaced.has(placed) ? { ...placed, value: sameAsReported(placed.value.replace(/^\d+-/, ''), placed.value, PREVIOUS.test(text.slice(Math.max(0, placed.start - 12), placed.start)) ? -1 : 0) } : placed;
    timexes.push(t);
    sentenceEnds.push(piece.end);
    opens.push(opensSentence(text, piece.start, t));
    figures.push(((statesFigures ??= reportsFigures(sentence)) || namesReportedPeriod(text, t.start, t.end)) && !((forecastWord ??= FORECAST_WORD.test(sentence)) && forecast(sentence, t.start - piece.start, t.end - piece.start)) && !ahead(t, publishedDay, sentence, t.start - piece.start));
    yearless.push(MONTH_NAME.test(t.text) && !YEAR_WRITTEN.test(t.text) ? { sentence, start: t.start - piece.start, end: t.end - piece.start } : null);
  }
}

// A sentence of figures that opens with its period, set off by a comma ("In the second quarter,
// net income fell ...", "At end-June, deposits stood at ...", "During the first half of 1986,
// ..."): the statistics and results story's way of stating which period the sentence is about.
const OPENING = /^\s*(?:In|At|During|For|Through|Over)\s+(?:the\s+(?:first|last|final|latest)\s+(?:\w+\s+)?(?:months|quarters|weeks)\s+of\s+)?$/;
// after the period, up to its comma: its end day or month ("ended May 3"), nothing that is a clause
const TO_COMMA = /^(?:\s+(?:ended|ending)\s+[\w.]+(?:\s+[\w.]+)?(?:,\s+\d{4})?)?,/;

/** Whether timex `t` is the period its sentence (starting at `from`) opens with. */
function opensSentence(text: string, from: number, t: { start: number; end: number }): boolean {
  return OPENING.test(text.slice(from, t.start)) && TO_COMMA.test(text.slice(t.end, t.end + 40));
}
