// Ages as news prints them before a name: "the 38-year-old coach", "a seven-month-old girl",
// "a 28-yr-old", and as a noun for people of that age ("17-year-olds"). TimeML marks an age as the DURATION lived (P38Y, P7M); the whole hyphenated
// word is the span. "Aged 55" and a bare "55" are left alone: the number alone names no unit.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { COUNT_PATTERN, parseCount } from '../numbers';
import { durationValue, unitOf } from '../units';

const PATTERN = new RegExp(`(?<![\\w-])(${COUNT_PATTERN})-(years?|yrs?|months?|weeks?|days?)-olds?(?![\\w-])`, 'i');

export const ageParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const count = parseCount(match[1]);
    // "a few-year-old" is no age a reader can count
    if (count === null || /^an?$/i.test(match[1])) return null;
    const unit = unitOf(match[2].replace(/^yrs?$/i, 'year'));
    return statedResult(context, match.index!, match[0], { type: 'DURATION', value: durationValue(count, unit) });
  },
};
