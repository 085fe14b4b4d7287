// The first count of a counted range shares the unit written after the second: in "between
// 60 and 90 days" or "three to five years", "60" and "three" are durations of days and years
// too (the second count is the duration parser's). TimeML tags each count with its value.
// Two counts offered as alternatives, "one or two years", "four or five months", state no bound
// each: they are one duration whose count is not known, tagged whole (`PXY`, `PXM`), as "a few
// years" is.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { COUNT_PATTERN, parseCount } from '../numbers';
import { UNIT_PATTERN, durationValue, unitOf } from '../units';

// (a match opens with a digit or one of these letters: tested first, V8 skips to them instead of
// running the lookbehind at every position of the sentence; a speed device that changes no match)
const PATTERN = new RegExp(
  `(?=[\\dtfsenoahmc])(?<![\\w$£€.,-])(\\d{1,4}|(?:${COUNT_PATTERN}))(?=(\\s*(?:and|to|or|-|\\u2013)\\s*)((?:${COUNT_PATTERN})[\\s-]+)(${UNIT_PATTERN})(?![\\w-]))`,
  'i',
);

export const countRangeParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const count = parseCount(match[1]);
    // "a" or "some" cannot start a range ("a two-year")
    if (count === null || /^(?:an?|some|single)$/i.test(match[1])) return null;
    // (not "two or three years ago": a date counted back, the offset parser's; "four or five
    // months before it could resume" is still the duration)
    const end = match.index! + match[0].length + match[2].length + match[3].length + match[4].length;
    if (/^\s+or\s+$/i.test(match[2]) && !/-$/.test(match[3]) && !/^\s+(?:ago|earlier|later|back|from\s+now|hence)\b/i.test(context.text.slice(end, end + 12))) {
      return statedResult(context, match.index!, match[1] + match[2] + match[3] + match[4], { type: 'DURATION', value: durationValue(null, unitOf(match[4])) });
    }
    return statedResult(context, match.index!, match[1], { type: 'DURATION', value: durationValue(count, unitOf(match[4])) });
  },
};
