// Fiscal years as company news writes them: "fiscal 2024", "fiscal year 2024", "fiscal '24",
// (and the calendar year set against one: "calendar 1985", "calendar year 1985", one span as "fiscal 1985" is),
// "fiscal 1986/87" (the year it starts in, as a split year), "FY2024", "FY24", "the 2024 fiscal year", "its 2024 fiscal year", "the current fiscal year", "last fiscal year". TimeML gives
// the year the fiscal year is named by ("fiscal 1989" is 1989): where it starts depends on the
// company, and the guidelines value it as that year. "the current fiscal year" is
// publication's; "the fiscal year" alone, and "fiscal-year" before a figure ("fiscal-year
// revenue"), the year of the period the story is about. Before the day it ended ("the fiscal
// year ended June 30", "its fiscal year ending Sept. 30", "the company's fiscal year ended March
// 31, 1985", "the current fiscal year ending in early March, 1988") it is the year of that day
// (periodEnded.ts); "the fiscal year ended with a loss" is no date of its own here.
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { anchorShift } from './anaphoricDay';
import { NOT_BEFORE_PUBLICATION } from '../placeholders';
import { tenseAround } from '../tense';

const SHIFT: Record<string, number> = { current: 0, this: 0, present: 0, last: -1, previous: -1, prior: -1, past: -1, next: 1, coming: 1 };

const PATTERN =
  /(?<![\w-])(?:(?:fiscal|calendar)(?:\s+year)?\s+(\d{4}|['\u2019]\d{2})(?:\/\d\d(?![\d%]|[.,]\d))?|FY\s?(\d{4}|\d{2})|(?:the\s+)?(\d{4})(?:\/\d\d)?\s+fiscal\s+year|(?:the\s+)?(current|this|present|last|previous|prior|past|next|coming)\s+(?:fiscal|financial)\s+year|(?<=\b(?:for|in|during|through|of)\s+)the\s+(?:full\s+)?(?:fiscal|financial)\s+year|(?<=(?:\b(?:its|their)|\w['\u2019]s)\s+)(?:fiscal|financial)\s+year(?=\s+(?:ended|ending)\s)|fiscal-year(?=\s+(?:(?:pre-?tax|net|operating|adjusted|core)\s+)?(?:profits?|loss(?:es)?|sales|revenues?|results|earnings|guidance|outlook|forecasts?|income|dividends?|growth|figures?)\b))(?![\w-]|\s+(?:\d{4}|ends|to)\b|\s+(?:ended|ending)\b(?!\s+(?:on\s+|in\s+(?:(?:early|mid|late)[\s-]+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d))/i;

/** The year ending in `twoDigits` nearest publication ("FY89" in 1989 is 1989, "FY24" in 2024 is 2024). */
function nearestYear(twoDigits: number, published: number): number {
  const year = Math.floor(published / 100) * 100 + twoDigits;
  return year > published + 50 ? year - 100 : year < published - 50 ? year + 100 : year;
}

export const fiscalYearParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const digits = (match[1] ?? match[2] ?? match[3])?.replace(/^['\u2019]/, '');
    if (digits) {
      // "fiscal 1986/87", "the 1987/88 fiscal year": a fiscal year that runs across two
      // calendar years, named by both, is the year it starts in, as a split year is (yearSpan.ts)
      const split = /\/(\d\d)/.exec(match[0]);
      if (split && Number(split[1]) !== (Number(digits) + 1) % 100) return null;
      const year = digits.length === 2 ? nearestYear(Number(digits), publicationDay(context).year) : Number(digits);
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: formatYear(year) });
    }
    if (match[4]) {
      // "the past fiscal year" measures a span only with "over"; named, it is the year before
      const year = publicationDay(context).year + SHIFT[match[4].toLowerCase()];
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: formatYear(year) });
    }
    // "The final outcome for the fiscal year will be determined by the sale": a fiscal year still
    // to be closed is no earlier than publication's, whatever past year was named before it (and
    // "earnings for the full fiscal year should be at record levels": a forecast's modal too)
    const ahead = /\b(?:will|'ll|shall|should)\b/i.test(context.text) && tenseAround(context.text, match.index!, match.index! + match[0].length) === 'future';
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: anchorShift(0, 'year') + (ahead ? NOT_BEFORE_PUBLICATION : '') });
  },
};
