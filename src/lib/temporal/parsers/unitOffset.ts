// "three years ago", "two weeks from now", "a month later", "10 days earlier": a date a
// counted span away from publication, written at the span's own granularity ("three years
// ago" is a year, "two days ago" a day). "later"/"earlier" are read from publication too, a
// known simplification: in narrative they count from the last date mentioned.
import type { Parser } from 'chrono-node';
import { addDays, addMonths, formatDay, formatMonth, type YMD } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { COUNT_PATTERN, parseCount } from '../numbers';
import { UNIT_PATTERN, unitOf, type Unit } from '../units';

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(about|around|nearly|almost|some|roughly|approximately|over)\\s+)?(${COUNT_PATTERN})\\s+(${UNIT_PATTERN})\\s+(ago|earlier|before|later|from now|hence|back)(?![\\w-])(?!\\s+(?:the|that|this|his|her|its|their)\\b)`,
  'i',
);

const MOD: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', nearly: 'APPROX', almost: 'APPROX', some: 'APPROX', roughly: 'APPROX',
  approximately: 'APPROX', 'more than': 'BEFORE', over: 'BEFORE', 'less than': 'AFTER',
};

function shifted(published: YMD, count: number, unit: Unit): string {
  switch (unit) {
    case 'minute':
    case 'hour':
    case 'day':
      return formatDay(addDays(published, unit === 'day' ? count : 0));
    case 'week':
      return formatDay(addDays(published, 7 * count));
    case 'month': {
      const m = addMonths(published, count);
      return formatMonth(m.year, m.month);
    }
    case 'quarter': {
      const m = addMonths(published, 3 * count);
      return `${m.year}-Q${Math.floor((m.month - 1) / 3) + 1}`;
    }
    case 'year':
      return String(published.year + count);
    case 'decade':
      return String(published.year + 10 * count);
    case 'century':
      return String(published.year + 100 * count);
  }
}

export const unitOffsetParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const count = parseCount(match[2]);
    if (count === null || !Number.isInteger(count)) return null;
    const sign = /^(?:ago|earlier|before|back)$/i.test(match[4]) ? -1 : 1;
    const value = shifted(publicationDay(context), sign * count, unitOf(match[3]));
    const mod = match[1] ? MOD[match[1].toLowerCase()] : undefined;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value, mod });
  },
};
