// Market and weather news measure the period it reports against others: "stocks fell for a third
// straight day", "gains for the fourth week in a row", "the index had its worst week since
// November", "the hottest year on record". The day, week or year counted or ranked is the one
// the story reports: the day its sentence names ("had its worst day since 2008 on Tuesday"),
// else the last day named, or publication when none was, resolved by the document pass
// (anchors.ts) like "the day". "The fourth day of the strike" (no streak, no
// ranking) is left alone: it counts from an event, not from the story's day.
import type { Parser, ParsingResult, Refiner } from 'chrono-node';
import { formatIsoWeek, type YMD } from '../calendar';
import { readStated, statedResult } from '../context';
import { anchorPeriod } from '../placeholders';
import { shiftedValue } from '../shift';
import { resultTimex } from '../toTimex';
import { ANCHOR_DAY } from './anaphoricDay';
import type { Unit } from '../units';

const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))';
const UNIT = '(day|week|month|quarter|year|session|trading\\s+(?:day|session))';
const RANKED =
  '(?:best|worst|biggest|strongest|weakest|sharpest|steepest|largest|smallest|longest|busiest|deadliest|hottest|coldest|wettest|driest|warmest|quietest)';

const PATTERN = new RegExp(
  // a streak: "a third straight day", "fourth week in a row"
  `(?<![\\w-])((?:(?:a|the|its|their)\\s+)?${ORDINAL}\\s+(?:(?:straight|consecutive|successive)\\s+)?)${UNIT}(?=\\s+in\\s+a\\s+row\\b)` +
    `|(?<![\\w-])((?:(?:a|the|its|their)\\s+)?${ORDINAL}\\s+(?:straight|consecutive|successive)\\s+)${UNIT}(?![\\w-])` +
    // a ranking: "its worst week since November", "the hottest year on record"; the span is
    // the unit alone (group 5), the ranking being the noun's modifier
    `|(?<![\\w-])(?:its|their|the|his|her|a)\\s+${RANKED}\\s+(?:(?:single|one)-day\\s+)?${UNIT}(?=\\s+(?:since|in|on\\s+record|ever)\\b)`,
  'i',
);

// the unit each streak or ranking counts, by result (tags would be copied on every read)
const counted = new WeakMap<ParsingResult, Unit>();

function unitOf(word: string): Unit {
  const unit = word.toLowerCase().replace(/^trading\s+/, '');
  return unit === 'session' ? 'day' : (unit as Unit);
}

function placeholder(unit: Unit): string {
  return unit === 'day' ? ANCHOR_DAY : anchorPeriod(0, unit);
}

/** The period of `unit` that holds `day`. */
function periodOf(day: YMD, unit: Unit): string {
  return unit === 'week' ? formatIsoWeek(day) : shiftedValue(day, 0, unit);
}

export const streakParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const word = match[2] ?? match[4] ?? match[5];
    const unit = unitOf(word);
    // a ranking's span is its unit word, the last word of the match
    const lead = match[5] ? match[0].length - word.length : 0;
    const result = statedResult(context, match.index! + lead, match[0].slice(lead), { type: 'DATE', value: placeholder(unit) });
    counted.set(result, unit);
    return result;
  },
};

const streak = (r: ParsingResult) => counted.get(r);

/** A streak or ranking in a sentence that names its day takes that day's period. */
export const streakRefiner: Refiner = {
  refine(_context, results) {
    if (!results.some(streak)) return results;
    const days = results.map((r) => (streak(r) ? null : /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(resultTimex(r)?.value ?? ''))).filter((m) => m !== null);
    if (days.length !== 1) return results;
    const day = { year: Number(days[0][1]), month: Number(days[0][2]), day: Number(days[0][3]) };
    return results.map((r) => {
      const unit = streak(r);
      if (!unit || !readStated(r)) return r;
      const value = periodOf(day, unit);
      return statedResult(_context, r.index, r.text, { type: 'DATE', value });
    });
  },
};
