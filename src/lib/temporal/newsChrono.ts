// The news-tuned chrono: its own calendar-date parsers, the news parsers, and refiners in the
// order they must run (drop unlikely months, give month names a year by tense, join times to
// days, widen "early"/"end of" phrases, then resolve overlaps). Knows nothing of offsets in
// the article: it reads one sentence at a time.
// It runs chrono's own loop (Chrono.parse) itself, so that a parser whose guard fails costs
// one test and nothing more: chrono would still ask it for a pattern and run that pattern.
import { ParsingComponents, ParsingContext, ParsingResult, type Parser, type ParsingOption, type Refiner } from 'chrono-node';
import { calendarParsers, MONTH_STEMS, type Needs } from './chronoParsers';
import { all, anyWord, cueOf, either, guard, shared, withDigitLetter, withFourDigits, withHyphenAfterDigit, withLetterDigit, withQuoteDigit, withSlash, type Cue, type Guard } from './guard';
import { ageParser } from './parsers/age';
import { anaphoricDayParser, anaphoricPeriodParser, relativeDayParser, reportedSubjectParser, thatPartOfDayParser } from './parsers/anaphoricDay';
import { bareDayParser } from './parsers/bareDay';
import { bareYearParser } from './parsers/bareYear';
import { casualDayParser } from './parsers/casualDay';
import { clockZoneParser } from './parsers/clockZone';
import { countRangeParser } from './parsers/countRange';
import { decadeParser } from './parsers/decade';
import { durationParser } from './parsers/duration';
import { fiscalYearParser } from './parsers/fiscalYear';
import { holidayParser } from './parsers/holiday';
import { quarterHalfParser } from './parsers/quarterHalf';
import { quarterMonthsParser } from './parsers/quarterMonths';
import { monthRunParser } from './parsers/monthRun';
import { referencesParser } from './parsers/references';
import { recordPeriodParser } from './parsers/recordPeriod';
import { ellipticalNextParser, RELATIVE_PERIOD_NEEDS, relativePeriodParser } from './parsers/relativePeriod';
import { samePeriodParser } from './parsers/samePeriod';
import { seasonParser } from './parsers/season';
import { spelledDayParser } from './parsers/spelledDay';
import { headlineMonthParser } from './parsers/headlineMonth';
import { spelledYearParser } from './parsers/spelledYear';
import { streakParser, streakRefiner } from './parsers/streak';
import { setParser } from './parsers/set';
import { thatTimeParser } from './parsers/thatTime';
import { unitOffsetParser } from './parsers/unitOffset';
import { weekdayParser } from './parsers/weekday';
import { weekOfMonthParser } from './parsers/weekOfMonth';
import { weekendParser } from './parsers/weekend';
import { dayBreakParser } from './parsers/dayBreak';
import { yearEarlierParser } from './parsers/yearEarlier';
import { yearPeriodParser } from './parsers/yearPeriod';
import { splitYearParser, yearSpanParser } from './parsers/yearSpan';
import { bareSlashRefiner } from './refiners/bareSlash';
import { dayPairRefiner } from './refiners/dayPair';
import { dayListRefiner } from './refiners/dayList';
import { insideNumberRefiner } from './refiners/insideNumber';
import { CLOCK, dateTimeRefiner } from './refiners/dateTime';
import { labelsRefiner } from './refiners/labels';
import { overlapRefiner } from './refiners/overlap';
import { periodModifierRefiner } from './refiners/periodModifier';
import { septemberElevenRefiner } from './refiners/septemberEleven';
import { tenseDirectionRefiner } from './refiners/tenseDirection';
import { unlikelyMonthRefiner } from './refiners/unlikelyMonth';
import { weekOfRefiner } from './refiners/weekOf';
import { weekdayBeforeRefiner } from './refiners/weekdayBefore';
import { monthOfYearRefiner } from './refiners/monthOfYear';
import { monthSpanRefiner } from './refiners/monthSpan';
import { yearsPeriodRefiner } from './refiners/yearsPeriod';
import { lateFallWeekEndParser } from './parsers/lateFallWeekEnd';
import { afterASeasonParser } from './parsers/afterASeason';

interface Guarded {
  parser: Parser;
  guard: Guard;
  /** chrono's clock parser, which reads every number that could be an hour (lonelyHours) */
  clock: boolean;
  /** where its reading starts in a match, when a match inside an earlier reading need not be read (execute), else null */
  inside: Inside | null;
}

const guarded = (parser: Parser, needs: RegExp | Guard, clock = false, inside: Inside | null = null): Guarded => ({ parser, guard: needs instanceof RegExp ? guard(needs) : needs, clock, inside });

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const PERIODS = ['year', 'quarter', 'month', 'week', 'period'];
const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'];
const PERIOD_NAMES = ['week', 'month', 'year', 'quarter', 'decade', 'century', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// A unit of time written out ("days", "a year", "30-minute"): the durations, counted ranges
// and offsets need one; asked once per sentence for all of them (made with the parsers, so
// that its stems are known before any sentence is read)
// (written with look-behinds, not \b: "(?:trading|business|working) day" and "-day" are a "day"
// after no word character, and "\dday" one after a digit, so "day" needs no ASCII letter or "_"
// before it and every other unit no word character; the same sentences pass, and V8 no longer
// tries a word boundary at every position: about twice as fast on MEANTIME's sentences)
const unitGuard = () =>
  shared(guard(/(?<![a-z_])day|(?<![a-z\d_])(?:week|month|quarter|year|decade|centur|hour|min(?:ute)?s?\b|hrs?\b)/i, ['day', 'week', 'month', 'quarter', 'year', 'decade', 'centur', 'hour', 'min', 'hr']));

// chrono's calendar parsers share few guards (four need a month's name): each asked once per
// sentence (keyed by the pattern: parsers needing one pattern need the same stems and mark, and
// differ only in the expression of their own tested after it)
const calendarGuards = new Map<RegExp, Guard>();
const sharedGuardOf = (needs: Needs) => calendarGuards.get(needs.pattern) ?? calendarGuards.set(needs.pattern, shared(calendarGuardOf({ ...needs, then: undefined }))).get(needs.pattern)!;
const calendarGuard = (needs: Needs) => (needs.then ? all(sharedGuardOf(needs), guard(needs.then)) : sharedGuardOf(needs));

/** The guard of a calendar parser that needs `needs`: its mark first, when it has one, and its own expression last. */
export const calendarGuardOf = (needs: Needs): Guard => {
  const own = needs.mark ? (needs.markAlone ? needs.mark : all(needs.mark, guard(needs.pattern, needs.stems, needs.digit))) : guard(needs.pattern, needs.stems, needs.digit);
  return needs.then ? all(own, guard(needs.then)) : own;
};

let instance: { parsers: Guarded[]; refiners: Refiner[] } | null = null;

function newsChrono() {
  if (instance) return instance;
  const UNIT = unitGuard();
  instance = {
    parsers: [
      guarded(casualDayParser, guard(/\b(?:to(?:day|night|morrow)|yesterday|morning|afternoon|evening|night|overnight|mid(?:morning|afternoon))/i, ['today', 'tomorrow', 'yesterday', 'morning', 'afternoon', 'evening', 'night'])),
      guarded(relativePeriodParser, guard(RELATIVE_PERIOD_NEEDS, PERIOD_NAMES)),
      // (PERIOD_NAMES: the stem list relativePeriodParser's guard already has a bit for)
      guarded(ellipticalNextParser, guard(/\bthis\s+(?:week|month|year|quarter)\s+(?:or|and)\s+next\b/i, PERIOD_NAMES)),
      guarded(weekdayParser, guard(/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i, WEEKDAYS)),
      guarded(weekendParser, anyWord(['weekend'])),
      guarded(dayBreakParser, anyWord(['dawn', 'daybreak', 'sunrise', 'midday', 'dusk', 'sundown', 'sunset', 'nightfall'])),
      guarded(weekOfMonthParser, guard(/week of/i, ['week'])),
      guarded(anaphoricDayParser, guard(/\bday\b/i, ['day'])),
      guarded(anaphoricPeriodParser, guard(/the\s+(?:\S+\s+)?(?:year|quarter|month|week|period|half)|year[\s-]end|(?:year|quarter)['\u2019]s\s+end|full[\s-]year|in\s+(?:quarter|year)\b|year[ \t]*(?:\n|$)/i, [...PERIODS, 'half'])),
      guarded(reportedSubjectParser, guard(/the\s+(?:quarter|period|week|month|year)\b/i, PERIODS)),
      guarded(recordPeriodParser, guard(/\bthe\s+(?:day|week|month|year)\b/i, ['day', 'week', 'month', 'year'])),
      guarded(streakParser, guard(/straight|consecutive|successive|in a row|\b(?:best|worst|biggest|strongest|weakest|sharpest|steepest|largest|smallest|longest|busiest|deadliest|hottest|coldest|wettest|driest|warmest|quietest)\s/i, ['straight', 'consecutive', 'successive', 'row', 'best', 'worst', 'biggest', 'strongest', 'weakest', 'sharpest', 'steepest', 'largest', 'smallest', 'longest', 'busiest', 'deadliest', 'hottest', 'coldest', 'wettest', 'driest', 'warmest', 'quietest'])),
      guarded(thatTimeParser, guard(/that (?:time|date)\b/i, ['time', 'date'])),
      guarded(thatPartOfDayParser, guard(/(?:that|the) (?:morning|afternoon|evening|night)\b/i, ['morning', 'afternoon', 'evening', 'night'])),
      guarded(relativeDayParser, guard(/\b(?:next|following|previous|preceding|prior|before|after)\b/i, ['next', 'following', 'previous', 'preceding', 'prior', 'before', 'after'])),
      // (the U.S. zones by a digit and the capitals: "est" as a stem is in half the words of a story)
      guarded(clockZoneParser, either(anyWord(['utc', 'gmt', 'noon', 'midnight']), all(withFourDigits, guard(/\d{4}\s*(?:hrs\.?\s*)?\(?[ECMP][SD]T\b/, undefined, true)))),
      guarded(fiscalYearParser, anyWord(['fiscal', 'fy', 'financial', 'calendar'])),
      guarded(samePeriodParser, guard(/the (?:same|corresponding|comparable|like) |the\s+(?:period|month|quarter|half)\s+(?:(?:of|in)\s+)?(?:a|one|last|the)\s/i, ['same', 'corresponding', 'comparable', 'like', 'period', 'month', 'quarter', 'half'])),
      guarded(yearEarlierParser, guard(/(?:year|yr).(?:earlier|ago)|year-before|(?:prior|previous).year|year.to.date/i, ['year', 'yr'])),
      guarded(holidayParser, guard(/Holocaust|Christmas|Boxing|New Year|Valentine|Halloween|Independence|Fourth|Veterans|Armistice|Remembrance|Bastille|Thanksgiving|Black Friday|Cyber Monday|Labou?r Day|Memorial|Luther|Presidents|Mother|Father|Easter|Good Friday|Election Day/, ['holocaust', 'christmas', 'boxing', 'new', 'valentine', 'halloween', 'independence', 'fourth', 'veterans', 'armistice', 'remembrance', 'bastille', 'thanksgiving', 'black', 'cyber', 'labor', 'labour', 'memorial', 'luther', 'presidents', 'mother', 'father', 'easter', 'good', 'election'])),
      guarded(unitOffsetParser, all(UNIT, guard(/\b(?:ago|earlier|before|later|from now|hence|back)\b/i, ['ago', 'earlier', 'before', 'later', 'now', 'hence', 'back']))),
      // the set parser's pattern needs "every", "each", "once", "twice", "times", a unit after
      // "a" or "per", an adverb ("daily", "quarterly", "annual") or a weekday's name
      // (its adverbs by name, not any word ending in "ly": "only", "early", "reportedly" sent
      // two sentences in three to its long pattern; and a unit after "a" or "per" as the pattern
      // reads it, after any spaces and with anything after, "a  year", "per days")
      guarded(setParser, guard(/every|each|(?:dai|nigh|week|month|quarter|annual|year|hour)ly\b|annual|once|twice|times|\b(?:an?|per)\s+(?:year|month|week|day|hour)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s|\s+\w+s)\b/i, ['every', 'each', 'once', 'twice', 'times', 'year', 'month', 'week', 'day', 'hour', 'daily', 'nightly', 'quarterly', 'annual'])),
      guarded(countRangeParser, all(UNIT, guard(/\b(?:and|to|or)\b|\d\s?[-\u2013]/i))),
      guarded(ageParser, guard(/-olds?\b/i, ['old'])),
      guarded(durationParser, UNIT),
      guarded(yearPeriodParser, guard(/(?:the|year['\u2019]s)\s+(?:\S+\s+){0,3}(?:period|quarter|half)\b/i, ['period', 'quarter', 'half'])),
      // (its pattern reads a stem, or "Q3", "H1": a letter before a digit)
      guarded(quarterHalfParser, all(either(anyWord(['quarter', 'qtr', 'half', 'period']), withLetterDigit), guard(/quarter|qtr|half|\b[QH][1-4]|(?:march|june|september|december)\s+period/i))),
      // (MONTH_STEMS, the list the calendar parsers' guards read: its months' stems alone send
      // fewer sentences to the expression than PERIOD_NAMES, whose "year" and "week" most dated
      // sentences hold)
      guarded(quarterMonthsParser, guard(/(?:January|April|July|October)(?:[-\u2013/]|\s+(?:through|to)\s)/, MONTH_STEMS)),
      guarded(monthRunParser, all(withSlash, guard(/(?:Jan|Apr|Jul|Oct)[a-z]*\.?\/[A-Z]/))),
      guarded(seasonParser, anyWord(SEASONS)),
      // (their stems as lists already known, PERIOD_NAMES and the seasons' of the season parser: a
      // guard's list of stems takes one of 31 bits, and a list past the 31st is read the slow way)
      guarded(lateFallWeekEndParser, guard(/(?:late|early|mid)[\s-]+fall\b|week-end/i, PERIOD_NAMES)),
      guarded(afterASeasonParser, guard(/\b(?:after|following)\s+an?\s+(?:[a-z]+\s+)?(?:summer|winter|spring|autumn|fall)\s+of\s/i, SEASONS)),
      // (its pattern reads a stem, or "1990s": a digit before a letter)
      guarded(decadeParser, all(either(anyWord(['century', 'ties', 'aught']), withDigitLetter), guard(/\d0s|century|ties\b|aughts\b/i))),
      guarded(referencesParser, guard(/\b(?:now|current|present|these days|those days|time|moment|recent|lately|former|soon|shortly|future|term|(?:short|long) run|past|ago|other day|one day|some ?day|ahead|to come)/i, ['now', 'current', 'present', 'day', 'time', 'moment', 'recent', 'lately', 'former', 'soon', 'shortly', 'future', 'term', 'run', 'past', 'ago', 'ahead', 'come'])),
      guarded(headlineMonthParser, guard(/\b(?:JAN|FEB|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\s+[A-Z]{2}/, MONTH_STEMS)),
      // (MONTH_STEMS, as for the quarter's months above)
      guarded(spelledDayParser, guard(/(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:one|two|three|four|five|six|seven|eight|nine)\b/, MONTH_STEMS)),
      guarded(spelledYearParser, guard(/\b(?:eighteen|nineteen|twenty|thousand)\b/i, ['eighteen', 'nineteen', 'twenty', 'thousand'])),
      guarded(splitYearParser, all(withSlash, withFourDigits, guard(/\d{4}\/\d\d/, undefined, true))),
      // (a hyphen one or two characters after a digit: the mark)
      guarded(yearSpanParser, all(withHyphenAfterDigit, guard(/\d\d\s?-\s?\d\d/, undefined, true))),
      ...calendarParsers().map(({ parser, needs, clock, nameAlone }) => guarded(parser, calendarGuard(needs), clock, nameAlone ? AFTER_BOUNDARY : null)),
      guarded(bareDayParser, all(withDigitLetter, guard(/\d(?:st|nd|rd|th)\b/i, undefined, true))),
      // (its pattern reads "1987" or "'87": four digits, or an apostrophe before a digit)
      // (its reading is its match, or none; inside a match none of its pattern can start: a year's
      // second digit is never the 1 or 2 of another, and each later digit follows a digit; after
      // it, the search goes on alike whether a reading ended there or not, but for an apostrophe
      // right after it, which starts a year ("'87") only where the look back sees no digit)
      // (four digits hold two: the expression only after an apostrophe)
      guarded(bareYearParser, either(withFourDigits, all(withQuoteDigit, guard(/\d\d/, undefined, true))), false, WHOLE_MATCH),
    ],
    refiners: [
      monthSpanRefiner,
      overlapRefiner,
      labelsRefiner,
      unlikelyMonthRefiner,
      bareSlashRefiner,
      insideNumberRefiner,
      dayPairRefiner,
      dayListRefiner,
      tenseDirectionRefiner,
      septemberElevenRefiner,
      dateTimeRefiner,
      weekdayBeforeRefiner,
      streakRefiner,
      weekOfRefiner,
      periodModifierRefiner,
      monthOfYearRefiner,
      yearsPeriodRefiner,
      overlapRefiner,
    ],
  };
  return instance;
}

/** The sentence as the guards read it (its words, whether it holds a digit). */
export function sentenceCue(text: string): Cue {
  newsChrono(); // the guards' words are known once the parsers are
  return cueOf(text);
}

/** The dates of one sentence, as chrono's parse would give them with the news configuration. */
export function parseSentence(text: string, refDate: Date, option: ParsingOption, cue = sentenceCue(text)): ParsingResult[] {
  const { parsers, refiners } = newsChrono();
  const context = new ParsingContext(text, refDate, option);
  let results: ParsingResult[] = [];
  // the clock parser, run last (below), and where its results go among the others'
  let clockParser: Parser | null = null;
  let clockAt = 0;
  for (const { parser, guard, clock, inside } of parsers) {
    if (!guard(cue)) continue;
    if (clock) {
      clockParser = parser;
      clockAt = results.length;
    } else execute(context, parser, results, inside);
  }
  if (clockParser && (results.length || WRITTEN_CLOCK.test(text)) && !hoursLetGo(text, results)) results = withHours(context, clockParser, results, clockAt);
  // (every refiner gives nothing for nothing; most sentences read hold no date, and an empty
  // array's hidden class, differing from a full one's, would throw the refiners' optimised code
  // away to be compiled again)
  if (!results.length) return results;
  // stable, as chrono's: results at one index stay in parser order (and most sentences' results
  // come in order already: sorting copies the list)
  if (!inTextOrder(results)) results.sort(byStart);
  for (const refiner of refiners) results = refiner.refine(context, results);
  return results;
}

// Chrono's clock parser reads every number that could be an hour as a time ("12 people", "at 5",
// "from 10 to 12"). The date-time refiner keeps only those with a clock written (CLOCK: "3 p.m.",
// "15:30"); the others count only where they overlap another reading, the longer span winning
// (overlap.ts). One that overlaps no other reading changes nothing the refiners do before the
// date-time refiner drops it, so it is let go before them.
// So in a sentence where no other parser read anything and no clock is written, every hour the
// clock parser would read is let go: the parser is not run there at all (most sentences of a
// story with a figure in them: "rose 12 percent", "killed 5 people"). It reads nothing from the
// other parsers' results, so it runs after them and its results are put where it would have
// added them (chrono's sort keeps results at one index in parser order).
// (WRITTEN_CLOCK finds in a sentence every text CLOCK finds in a part of it: CLOCK without its
// word boundary and its trailing dot)
const WRITTEN_CLOCK = /\d[:.]\d\d|\d\s*(?:[ap]\.?m|o'clock)/i;

// So in most sentences every match is let go, and the clock parser need not run at all: where
// none of the forms chrono's extract is left to is written (HOUR_FORMS: "at" or "from" before a
// figure, minutes after a colon, "a.m." or "p.m.", "o'clock", "at night" or "in the morning", a
// span after a figure: every one from the pattern's own parts), every match is let go but a
// reading of figures, and every run of figures (digits, with dots between digits) that a reading
// could lie in touches no other reading, or lies within a longer one that no reading starting no
// later overlaps.
const HOUR_FORMS = /(?:at|from)\s*\d|\d[:\uff1a]\d|\d\s*(?:a\.m\.|p\.m\.|am?|pm?)(?:\s*(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon)))?(?!\/)(?=\W|$)|\d\s*(?:o\W*clock|at\s*night|in\s*the\s*(?:morning|afternoon))|\d\s*(?:-|\u2013|~|\u301c|to|until|through|till|\?)\s*\d/i;

/** Whether every hour the clock parser would read in `text` is let go (see above), given the sentence's other readings. */
export function hoursLetGo(text: string, results: ParsingResult[]): boolean {
  if (HOUR_FORMS.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && (isDigit(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && end + 1 < text.length && isDigit(text.charCodeAt(end + 1))))) end++;
    if (!figuresLetGo(i, end, results)) return false;
    i = end;
  }
  return true;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether a reading lying in the figures from `start` to `end` touches none of `results`, or lies within a longer one that none starting no later overlaps. */
function figuresLetGo(start: number, end: number, results: ParsingResult[]): boolean {
  let touched = false;
  for (const o of results) {
    const oEnd = o.index + o.text.length;
    if (!((o.index < end && start < oEnd) || o.index === start)) continue;
    if (o.index <= start && end <= oEnd && oEnd - o.index > end - start && !overlappedFromBefore(o, results)) return true;
    touched = true;
  }
  return !touched;
}

/** `results` with the clock parser's hours added at `at`, each kept only where CLOCK reads it or it touches another reading. */
function withHours(context: ParsingContext, clockParser: Parser, results: ParsingResult[], at: number): ParsingResult[] {
  const hours: ParsingResult[] = [];
  const within: ParsingResult[] = [];
  execute(context, clockParser, hours, null, (match, text, end) => hourSkipped(match, text, end, results, within));
  // (an hour let go within a reading that a reading starting no later overlaps: every reading made)
  if (within.length && within.some((o) => overlappedFromBefore(o, results) || overlappedFromBefore(o, hours))) {
    hours.length = 0;
    execute(context, clockParser, hours, null, (match, text, end) => hourSkipped(match, text, end, null, within));
  }
  if (!hours.length) return results;
  results.splice(at, 0, ...hours);
  return withoutLonelyHours(results, at, at + hours.length);
}

/** Whether one of `readings` other than `o` starts no later than `o` and runs into it. */
function overlappedFromBefore(o: ParsingResult, readings: ParsingResult[]): boolean {
  for (const r of readings) if (r !== o && r.index <= o.index && r.index + r.text.length > o.index) return true;
  return false;
}

function withoutLonelyHours(results: ParsingResult[], from: number, to: number): ParsingResult[] {
  const lonely = (r: ParsingResult) => !CLOCK.test(r.text) && !results.some((o) => o !== r && touches(o, r));
  return results.filter((r, i) => i < from || i >= to || !lonely(r));
}

// (as overlap.ts reads two spans in text order: the later starts before the earlier one ends,
// or both start at one place)
const touches = (a: ParsingResult, b: ParsingResult) => (a.index <= b.index && b.index < a.index + a.text.length) || (b.index <= a.index && a.index < b.index + b.text.length) || a.index === b.index;

const byStart = (a: ParsingResult, b: ParsingResult) => a.index - b.index;

// Most numbers the clock parser matches are no hour to it: a year ("2009"), a day of one digit
// ("March 3"), a count ("300 people"), a price ("9.99"). Its extract (chrono's
// AbstractTimeExpressionParser) then builds the hour's components and a result, looks for a
// following time ("3 to 5"), and gives null, moving the search past the match. For a match that
// is a clock's figures alone (its boundary character, then digits, minutes, seconds: no "at", no
// "p.m.", no "o'clock"), what it does is known without building anything:
// - the figures are no hour (chrono's extractPrimaryTimeComponents gives null: above 24, four
//   digits above 100, minutes of one digit or from 60): null, the search moved past the match
//   (past its first four characters where they are digits);
// - one, three or four digits with no span after them (a connector, then a digit, as chrono's
//   following pattern opens; "3 to 5", "1030-1100"): null, moved past the match;
// - two digits, or an hour and its minutes after a dot ("15", "2.45"), with no span after them:
//   a reading of the figures, which no clock is written in (CLOCK), and the search goes on after
//   it. withoutLonelyHours drops it when it touches no other reading of the sentence; within a
//   longer one ("the 15" of "March 15") the overlap refiner, the first to run, drops it: the
//   reading it lies within, or a longer one that took that one's place, is the last kept when its
//   turn comes, unless a reading starting no later than that one overlaps it and may have taken
//   its place (withHours then reads every match again). Such a reading is not made.
// Everything else is left to chrono.
// (the following pattern's connector and first digit, tried where the match ends)
const SPAN_FOLLOWS = /\s*(?:-|\u2013|~|\u301c|to|until|through|till|\?)\s*\d/iy;
const FOUR_DIGITS = /^\d{4}/;

/** Whether chrono's extractPrimaryTimeComponents gives null for these figures (no "a.m." or "p.m." after them). */
function noHour(digits: string, minutes: string | undefined, seconds: string | undefined): boolean {
  let hour = Number(digits);
  let minute = 0;
  if (hour > 100) {
    if (minutes !== undefined || digits.length === 4) return true;
    minute = hour % 100;
    hour = Math.floor(hour / 100);
  }
  if (hour > 24) return true;
  if (minutes !== undefined) {
    if (minutes.length === 1) return true;
    minute = Number(minutes);
  }
  return minute >= 60 || (seconds !== undefined && Number(seconds) >= 60);
}

/**
 * Where the search goes on after `match` of chrono's clock parser (ending at `end` of `text`), when
 * what its extract does is known without it (see above); -1 where it is not. `others`: the
 * sentence's other readings, by which a reading of the figures is let go (null: none is);
 * `within`: where one lying within another reading is let go, that reading is noted.
 */
export function hourSkipped(match: RegExpExecArray, text: string, end: number, others: ParsingResult[] | null, within: ParsingResult[]): number {
  const [whole, boundary = '', digits, minutes, seconds, fraction, meridiem] = match;
  if (digits === undefined || meridiem !== undefined || whole.includes('\uff1a')) return -1;
  const figures = digits.length + (minutes === undefined ? 0 : minutes.length + 1) + (seconds === undefined ? 0 : seconds.length + 1) + (fraction === undefined ? 0 : fraction.length + 1);
  if (whole.length !== boundary.length + figures) return -1;
  const index = end - whole.length;
  if (noHour(digits, minutes, seconds)) return (FOUR_DIGITS.test(whole) ? index + 4 : end) + 1;
  SPAN_FOLLOWS.lastIndex = end;
  if (SPAN_FOLLOWS.test(text)) return -1;
  if (minutes === undefined && digits.length !== 2) return end + 1;
  // a reading of the figures ("15:30" is a clock: left to chrono)
  if (others === null || seconds !== undefined || whole.includes(':')) return -1;
  const start = index + boundary.length;
  let inside: ParsingResult | null = null;
  for (const o of others) {
    const oEnd = o.index + o.text.length;
    if (!((o.index <= start && start < oEnd) || (start <= o.index && o.index < end) || o.index === start)) continue;
    if (o.index <= start && end <= oEnd && oEnd - o.index > end - start) inside ??= o;
    else return -1;
  }
  if (inside) within.push(inside);
  return end;
}

function inTextOrder(results: ParsingResult[]): boolean {
  for (let i = 1; i < results.length; i++) if (results[i - 1].index > results[i].index) return false;
  return true;
}

// A reading lying inside an earlier parser's reading (the year of "March 3, 2009", its "March")
// is dropped by the overlap refiner, the first to run, before any other refiner sees it; nothing
// before it reads it but the lonely hours' test, and an hour that touches it touches the reading
// around it too. For a parser whose reading lies within its match, a match lying inside an earlier
// reading is therefore not read at all (its extract, often a tense and a result built, only to be
// dropped), provided the search goes on from where it would: after the reading when there is one,
// and when there is none, from the next character, where no match of its pattern can start
// inside such a match (the parsers so marked: chronoParsers.ts's nameAlone, and bareYear).
// (where the reading starts in the match, or -1 where the match is to be read all the same)
type Inside = (match: RegExpExecArray, text: string, end: number) => number;
// (where the search goes on after a match when what the parser's extract does with it is known
// without calling it, and nothing it would make is kept; else -1)
type NotRead = (match: RegExpExecArray, text: string, end: number) => number;
/** chrono's word-boundary parsers: the reading starts after the boundary character (group 1) */
const AFTER_BOUNDARY: Inside = (match) => (match[1] ?? '').length;
const WHOLE_MATCH: Inside = (_match, text, end) => (text[end] === "'" || text[end] === '\u2019' ? -1 : 0);

/** Whether the span from `start` to `end` lies inside one of `results`. */
function insideOne(results: ParsingResult[], start: number, end: number): boolean {
  for (const r of results) if (r.index <= start && end <= r.index + r.text.length) return true;
  return false;
}

/** Chrono's executeParser (private there): every match of the parser's pattern, left to right, added to `results` (but those `inside` lets go). */
function execute(context: ParsingContext, parser: Parser, results: ParsingResult[], inside: Inside | null = null, notRead: NotRead | null = null): void {
  const pattern = parser.pattern(context);
  const original = context.text;
  let remaining = original;
  let match = pattern.exec(remaining);
  while (match) {
    const index = match.index + original.length - remaining.length;
    const end = index + match[0].length;
    const from = inside === null ? -1 : inside(match, original, end);
    if (from >= 0 && insideOne(results, index + from, end)) {
      remaining = original.substring(end);
      match = pattern.exec(remaining);
      continue;
    }
    const next = notRead === null ? -1 : notRead(match, original, end);
    if (next >= 0) {
      remaining = original.substring(next);
      match = pattern.exec(remaining);
      continue;
    }
    match.index = index;
    const result = parser.extract(context, match);
    if (!result) {
      // a parser may move match.index past what it rejected
      remaining = original.substring(match.index + 1);
      match = pattern.exec(remaining);
      continue;
    }
    const parsed =
      result instanceof ParsingResult
        ? result
        : result instanceof ParsingComponents
          ? Object.assign(context.createParsingResult(match.index, match[0]), { start: result })
          : context.createParsingResult(match.index, match[0], result);
    results.push(parsed);
    remaining = original.substring(parsed.index + parsed.text.length);
    match = pattern.exec(remaining);
  }
}
