// The news-tuned chrono: its own calendar-date parsers, the news parsers, and refiners in the
// order they must run (drop unlikely months, give month names a year by tense, join times to
// days, widen "early"/"end of" phrases, then resolve overlaps). Knows nothing of offsets in
// the article: it reads one sentence at a time.
import { Chrono } from 'chrono-node';
import { calendarParsers } from './chronoParsers';
import { anaphoricDayParser } from './parsers/anaphoricDay';
import { bareYearParser } from './parsers/bareYear';
import { casualDayParser } from './parsers/casualDay';
import { clockZoneParser } from './parsers/clockZone';
import { decadeParser } from './parsers/decade';
import { durationParser } from './parsers/duration';
import { quarterHalfParser } from './parsers/quarterHalf';
import { referencesParser } from './parsers/references';
import { relativePeriodParser } from './parsers/relativePeriod';
import { seasonParser } from './parsers/season';
import { setParser } from './parsers/set';
import { unitOffsetParser } from './parsers/unitOffset';
import { weekdayParser } from './parsers/weekday';
import { weekendParser } from './parsers/weekend';
import { dateTimeRefiner } from './refiners/dateTime';
import { overlapRefiner } from './refiners/overlap';
import { periodModifierRefiner } from './refiners/periodModifier';
import { tenseDirectionRefiner } from './refiners/tenseDirection';
import { unlikelyMonthRefiner } from './refiners/unlikelyMonth';

let instance: Chrono | null = null;

export function newsChrono(): Chrono {
  instance ??= new Chrono({
    parsers: [
      casualDayParser,
      relativePeriodParser,
      weekdayParser,
      weekendParser,
      anaphoricDayParser,
      clockZoneParser,
      unitOffsetParser,
      setParser,
      durationParser,
      quarterHalfParser,
      seasonParser,
      decadeParser,
      referencesParser,
      ...calendarParsers(),
      bareYearParser,
    ],
    refiners: [
      overlapRefiner,
      unlikelyMonthRefiner,
      tenseDirectionRefiner,
      dateTimeRefiner,
      periodModifierRefiner,
      overlapRefiner,
    ],
  });
  return instance;
}
