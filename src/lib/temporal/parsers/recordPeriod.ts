// Market and business reports rank a figure within the period they tell: "the Dow's biggest drop
// of the year", "volume was the lowest of the week", "the most active issue of the day", "the
// year's first public offering", "the week's biggest gainer". The day, week, month or year there
// is the one the story is about, the last named or publication's, as "for the year" is
// (anaphoricDay.ts); the possessive's "'s" stays outside the span. Only a ranking word before
// "of the" makes the period a date: "the end of the year" and "the event of the year" are other
// parsers' business or none.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { anchorPeriod } from '../placeholders';
import { ANCHOR_DAY, anchorShift } from './anaphoricDay';
import type { Unit } from '../units';

const RANKED = '(?:biggest|largest|smallest|highest|lowest|best|worst|strongest|weakest|sharpest|steepest|busiest|heaviest|lightest|longest|shortest|fastest|slowest|most\\s+active)';

const PATTERN = new RegExp(
  // "the biggest drop of the year"; not "one of the busiest days of the year", any year's
  `(?<=(?<!\\bone\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?)\\b${RANKED}\\s+(?:[\\w-]+\\s+){0,3}of\\s+)the\\s+(day|week|month|year)(?![\\w'\\u2019-])` +
    // "the year's first offering", "the week's biggest gainer" ("the first three months of the
    // year" is a span of its own, "first order of the day" an idiom: "first" only before its noun)
    `|(?<![\\w-])the\\s+(day|week|month|year)(?=['\\u2019]s\\s+(?:${RANKED}|first|only)\\b)`,
  'i',
);

export const recordPeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const unit = (match[1] ?? match[2]).toLowerCase() as Unit;
    const value = unit === 'day' ? ANCHOR_DAY : unit === 'week' ? anchorPeriod(0, 'week') : anchorShift(0, unit);
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};
