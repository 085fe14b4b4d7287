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
import { anchorPeriod, reportAnchor } from '../placeholders';
import { shiftedValue } from '../shift';
import { resultTimex } from '../toTimex';
import { ANCHOR_DAY } from './anaphoricDay';
import type { Unit } from '../units';

const ORDINAL = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\d{1,2}(?:st|nd|rd|th))';
const UNIT = '(day|week|month|quarter|year|session|trading\\s+(?:day|session))';
const RANKED =
  '(?:best|worst|biggest|strongest|weakest|sharpest|steepest|largest|smallest|longest|busiest|deadliest|hottest|coldest|wettest|driest|warmest|quietest)';

// (a match opens with one of these characters: tested first, V8 skips to them instead of running
// the lookbehinds at every position of the sentence; a speed device that changes no match)
const PATTERN = new RegExp(
  // a streak: "a third straight day", "fourth week in a row"
  `(?=[atisfenh\\d])(?<![\\w-])((?:(?:a|the|its|their)\\s+)?${ORDINAL}\\s+(?:(?:straight|consecutive|successive)\\s+)?)${UNIT}(?=\\s+in\\s+a\\s+row\\b)` +
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

// ("record earnings for the tenth consecutive quarter" in a results story is the quarter the
// story reports, not the one holding its dateline)
function placeholder(unit: Unit): string {
  if (unit === 'quarter') return reportAnchor(0, anchorPeriod(0, unit), 'quarter');
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

// a period named at a streak's own unit: "fell in March, the eighth straight month"
const AT_UNIT: Partial<Record<Unit, RegExp>> = { month: /^\d{4}-\d{2}$/, quarter: /^\d{4}-Q[1-4]$/, year: /^\d{4}$/ };

/**
 * A streak or ranking in a sentence that names one period of its own unit takes that period
 * ("output fell in March, the eighth straight month of contraction, the agency said Monday" is
 * March); else, naming its day, that day's period.
 */
export const streakRefiner: Refiner = {
  refine(_context, results) {
    if (!results.some(streak)) return results;
    const values = results.map((r) => (streak(r) ? null : (resultTimex(r)?.value ?? null)));
    const days = values.map((v) => (v === null ? null : /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(v))).filter((m) => m !== null);
    const day = days.length === 1 ? { year: Number(days[0][1]), month: Number(days[0][2]), day: Number(days[0][3]) } : null;
    return results.map((r) => {
      const unit = streak(r);
      if (!unit || !readStated(r)) return r;
      // the period counted, when the sentence names one, before the day it was reported on
      const own = values.filter((v) => v !== null && AT_UNIT[unit]?.test(v));
      const value = own.length === 1 ? own[0]! : day ? periodOf(day, unit) : undefined;
      return value ? statedResult(_context, r.index, r.text, { type: 'DATE', value }) : r;
    });
  },
};
