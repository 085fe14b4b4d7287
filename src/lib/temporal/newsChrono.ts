// The news-tuned chrono: its own calendar-date parsers, the news parsers, and refiners in the
// order they must run (drop unlikely months, give month names a year by tense, join times to
// days, widen "early"/"end of" phrases, then resolve overlaps). Knows nothing of offsets in
// the article: it reads one sentence at a time.
import { Chrono } from 'chrono-node';
import { calendarParsers } from './chronoParsers';
import { guarded } from './guard';
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
import { referencesParser } from './parsers/references';
import { relativePeriodParser } from './parsers/relativePeriod';
import { samePeriodParser } from './parsers/samePeriod';
import { seasonParser } from './parsers/season';
import { spelledYearParser } from './parsers/spelledYear';
import { streakParser, streakRefiner } from './parsers/streak';
import { setParser } from './parsers/set';
import { thatTimeParser } from './parsers/thatTime';
import { unitOffsetParser } from './parsers/unitOffset';
import { weekdayParser } from './parsers/weekday';
import { weekOfMonthParser } from './parsers/weekOfMonth';
import { weekendParser } from './parsers/weekend';
import { yearEarlierParser } from './parsers/yearEarlier';
import { yearPeriodParser } from './parsers/yearPeriod';
import { yearSpanParser } from './parsers/yearSpan';
import { bareSlashRefiner } from './refiners/bareSlash';
import { dateTimeRefiner } from './refiners/dateTime';
import { labelsRefiner } from './refiners/labels';
import { overlapRefiner } from './refiners/overlap';
import { periodModifierRefiner } from './refiners/periodModifier';
import { septemberElevenRefiner } from './refiners/septemberEleven';
import { tenseDirectionRefiner } from './refiners/tenseDirection';
import { unlikelyMonthRefiner } from './refiners/unlikelyMonth';
import { weekOfRefiner } from './refiners/weekOf';

// chrono's calendar parsers need a digit or a month name (a time needs digits)
const CALENDAR = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

let instance: Chrono | null = null;

export function newsChrono(): Chrono {
  instance ??= new Chrono({
    parsers: [
      guarded(casualDayParser, /\b(?:to(?:day|night|morrow)|yesterday|morning|afternoon|evening|night|overnight|mid(?:morning|afternoon))/i),
      guarded(relativePeriodParser, /\b(?:week|month|year|quarter|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)/i),
      guarded(weekdayParser, /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i),
      guarded(weekendParser, /weekend/i),
      guarded(weekOfMonthParser, /week of/i),
      guarded(anaphoricDayParser, /\bday\b/i),
      guarded(anaphoricPeriodParser, /the\s+(?:\S+\s+)?(?:year|quarter|month|week|period)|year[\s-]end|full-year/i),
      guarded(reportedSubjectParser, /the\s+(?:quarter|period|week|month|year)\b/i),
      guarded(streakParser, /straight|consecutive|successive|in a row|\b(?:best|worst|biggest|strongest|weakest|sharpest|steepest|largest|smallest|longest|busiest|deadliest|hottest|coldest|wettest|driest|warmest|quietest)\s/i),
      guarded(thatTimeParser, /that (?:time|date)\b/i),
      guarded(thatPartOfDayParser, /that (?:morning|afternoon|evening|night)\b/i),
      guarded(relativeDayParser, /\b(?:next|following|previous|preceding|prior|before|after)\b/i),
      guarded(clockZoneParser, /UTC|GMT|noon|midnight/i),
      guarded(fiscalYearParser, /fiscal|FY|financial year/i),
      guarded(samePeriodParser, /the (?:same|corresponding|comparable|like) /i),
      guarded(yearEarlierParser, /year.(?:earlier|ago)|(?:prior|previous).year/i),
      guarded(holidayParser, /Holocaust|Christmas|Boxing|New Year|Valentine|Halloween|Independence|Fourth|Veterans|Armistice|Remembrance|Bastille|Thanksgiving|Black Friday|Cyber Monday|Labou?r Day|Memorial|Luther|Presidents|Mother|Father|Easter|Good Friday|Election Day/),
      guarded(unitOffsetParser, /\b(?:ago|earlier|before|later|from now|hence|back)\b/i),
      guarded(setParser, /every|each|ly\b|annual|once|twice|times|\b(?:an?|per) (?:year|month|week|day|hour)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s|\s+\w+s)\b/i),
      guarded(countRangeParser, /\b(?:and|to|or)\b|\d\s?[-\u2013]/i),
      guarded(ageParser, /-olds?\b/i),
      guarded(durationParser, /\b(?:day|week|month|quarter|year|decade|centur|hour|min(?:ute)?s?\b|hrs?\b)|(?:trading|business|working) day|\dday|-day/i),
      guarded(yearPeriodParser, /(?:the|year['\u2019]s)\s+(?:\S+\s+){0,3}(?:period|quarter|half)\b/i),
      guarded(quarterHalfParser, /quarter|half|\b[QH][1-4]/i),
      guarded(seasonParser, /spring|summer|autumn|fall|winter/i),
      guarded(decadeParser, /\d0s|century|ties\b/i),
      guarded(referencesParser, /\b(?:now|current|present|these days|those days|time|moment|recent|lately|former|soon|shortly|future|term|past|ago|other day|one day|some ?day)/i),
      guarded(spelledYearParser, /\b(?:eighteen|nineteen|twenty|thousand)\b/i),
      guarded(yearSpanParser, /\d\d\s?-\s?\d\d/),
      ...calendarParsers().map((p) => guarded(p, CALENDAR)),
      guarded(bareDayParser, /\d(?:st|nd|rd|th)\b/i),
      guarded(bareYearParser, /\d\d/),
    ],
    refiners: [
      overlapRefiner,
      labelsRefiner,
      unlikelyMonthRefiner,
      bareSlashRefiner,
      tenseDirectionRefiner,
      septemberElevenRefiner,
      dateTimeRefiner,
      streakRefiner,
      weekOfRefiner,
      periodModifierRefiner,
      overlapRefiner,
    ],
  });
  return instance;
}
