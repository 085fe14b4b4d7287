// "the first week of June", "the last week of March 2009": a week named by its place in a
// month, written as the ISO week that holds most of it (the week of the 4th for the first,
// of the last day less three for the last). The month's year comes from a written year or
// the sentence's tense, as for a bare month.
import type { Parser } from 'chrono-node';
import { daysInMonth } from '../reference';
import { formatIsoWeek } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { tenseAround } from '../tense';
import { MONTHS } from './names';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

const PATTERN = new RegExp(
  `(?<![\\w-])(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${Object.keys(MONTHS).join('|')})(?:\\s+(\\d{4}))?(?![\\w-])`,
  'i',
);

export const weekOfMonthParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    if (!/^[A-Z]/.test(match[2])) return null;
    const month = MONTHS[match[2].toLowerCase()];
    const published = publicationDay(context);
    const year = match[3]
      ? Number(match[3])
      : resolveYear(published.year, month, published.month, tenseAround(context.text, match.index!, match.index! + match[0].length), 12);
    const n = ORDINAL[match[1].toLowerCase()];
    const day = n > 0 ? 7 * (n - 1) + 4 : daysInMonth(year, month) - 3;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: formatIsoWeek({ year, month, day }) });
  },
};
