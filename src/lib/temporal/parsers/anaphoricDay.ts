// "the day", "the same day", "that day" in a report ("ended the day at 9,505", "for the day",
// "a report released on the same day"): the day the story is about, which is the last day
// named before it, or the publication day when none was. The value is a placeholder that the
// document pass (anchors.ts) replaces, since a sentence alone cannot know the earlier dates.
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import type { Unit } from '../units';

export const ANCHOR_DAY = 'ANCHOR_DAY';
export const ANCHOR_SHIFT = 'ANCHOR_SHIFT';

/** Placeholder for "N units later/earlier": N units from the last date named. */
export function anchorShift(count: number, unit: Unit): string {
  return `${ANCHOR_SHIFT}(${count},${unit})`;
}

// "the next day", "the following week", "the day before", "a day later" count from the story's day
const RELATIVE_DAY =
  /(?<![\w-])(?:the\s+(?:(next|following|previous|preceding)\s+(day|week|month|year|morning|evening|night)|day\s+(before|after)(?=\s*(?:[.,;:!?)"'\u2019\u201d]|$))))(?![\w-])/i;

const PATTERN =
  /(?<=\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|start(?:s|ed|ing)?|for|during|in|on|of|throughout)\s+)(?:the\s+same\s+day|the\s+day|that\s+same\s+day)(?![\w-]|\s+(?:before|after)\b(?!\s+\w+ing\b)|\s+(?:when|that|of|which|on|in)\b|'s)/i;

export const relativeDayParser: Parser = {
  pattern: () => RELATIVE_DAY,
  extract(context, match) {
    const direction = (match[1] ?? match[3]).toLowerCase();
    const sign = /^(?:previous|preceding|before)$/.test(direction) ? -1 : 1;
    const unitWord = (match[2] ?? 'day').toLowerCase();
    const part = ({ morning: 'TMO', evening: 'TEV', night: 'TNI' } as Record<string, string>)[unitWord];
    if (part) return statedResult(context, match.index!, match[0], { type: 'TIME', value: `${anchorShift(sign, 'day')}${part}` });
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: anchorShift(sign, unitWord as Unit) });
  },
};

// "for the year", "in the quarter", "during the month": the period the story is about, in
// earnings and statistics reports; the last one named, else publication's.
const PERIOD =
  /(?<=\b(?:for|in|during|through|throughout)\s+)the\s+(year|quarter|month)(?![\w-]|\s+(?:before|after|ago|earlier|of|that|when|which|to|in|since|as|ended|ending|end)\b|['\u2019]s)/i;

export const anaphoricPeriodParser: Parser = {
  pattern: () => PERIOD,
  extract(context, match) {
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: anchorShift(0, match[1].toLowerCase() as Unit) });
  },
};

export const anaphoricDayParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: ANCHOR_DAY });
  },
};
