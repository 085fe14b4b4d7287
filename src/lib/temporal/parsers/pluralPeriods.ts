// Two quarters named with one plural noun: "the third and fourth quarters of 1986". Each ordinal is a period of its own and TimeML tags each
// conjunct: "the third" (1986-Q3, the noun left to the second, as in a counted range) and
// "fourth quarters of 1986" (1986-Q4). Without a year the sentence's tense places them, as a
// single quarter's is placed. (Halves are left: "halves" holds no stem the sentence test looks for.)
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { tenseAround } from '../tense';

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const ORD = 'first|second|third|fourth|1st|2nd|3rd|4th';
const NOUN = `(?:(?:fiscal|calendar)\\s+)?(quarters)(?:\\s+of\\s+(\\d{4}))?(?![\\w-])`;
// the first conjunct: "the third" before "and fourth quarters"
const FIRST = new RegExp(`(?<![\\w-])((?:the\\s+)?(${ORD}))(?=\\s+and\\s+(?:the\\s+)?(${ORD})\\s+${NOUN})`, 'i');
// the second: "fourth quarters of 1986" after "the third and"
const SECOND = new RegExp(`(?<=\\b(?:${ORD})\\s+and\\s+(?:the\\s+)?)(${ORD})\\s+${NOUN}`, 'i');

function value(context: Parameters<Parser['extract']>[0], at: number, length: number, n: number, halves: boolean, written: string | undefined): string | null {
  if ((halves && n > 2) || !n) return null;
  const published = publicationDay(context);
  const current = halves ? (published.month <= 6 ? 1 : 2) : Math.floor((published.month - 1) / 3) + 1;
  const year = written ? Number(written) : resolveYear(published.year, n, current, tenseAround(context.text, at, at + length), halves ? 2 : 4);
  return `${formatYear(year)}-${halves ? 'H' : 'Q'}${n}`;
}

export const pluralPeriodsFirstParser: Parser = {
  pattern: () => FIRST,
  extract(context, match) {
    const v = value(context, match.index!, match[1].length, ORDINAL[match[2].toLowerCase()], /^halves$/i.test(match[4]), match[5]);
    return v ? statedResult(context, match.index!, match[1], { type: 'DATE', value: v }) : null;
  },
};

export const pluralPeriodsSecondParser: Parser = {
  pattern: () => SECOND,
  extract(context, match) {
    const v = value(context, match.index!, match[0].length, ORDINAL[match[1].toLowerCase()], /^halves$/i.test(match[2]), match[3]);
    return v ? statedResult(context, match.index!, match[0], { type: 'DATE', value: v }) : null;
  },
};
