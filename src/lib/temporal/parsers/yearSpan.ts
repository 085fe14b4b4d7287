// Two years joined by a dash: "2009-2010", "2009–10", "the 1914-18 war", "the 2024-25
// season". Read as one chrono result with a start and an end year, which parts.ts cuts into
// two TIMEX3s ("2009" and "10" = 2010). A two-digit end counts forward within the start's
// century and must come after it ("2009-08" is no span). Amounts are left alone as the bare
// year parser leaves them ("1900-2000 workers" is a count).
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { COUNTED } from './bareYear';

const PATTERN = new RegExp(
  `(?<![\\w$£€¥#.,:/+-])(1[89]\\d\\d|20\\d\\d)\\s?-\\s?(1[89]\\d\\d|20\\d\\d|\\d\\d)(?![\\w%]|[.,:/-]\\d|\\s*(?:%|percent|per cent)|\\s+(?:${COUNTED})\\b)`,
  'i',
);

export const yearSpanParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const first = Number(match[1]);
    const last = match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
    if (last <= first || last - first > 100) return null;
    return context.createParsingResult(match.index!, match[0], { year: first }, { year: last });
  },
};

// A split year written with a slash, "1985/86", "the 1987/88 season", "2010/11": a crop,
// marketing, fiscal or sports year that runs across two calendar years and is named by both.
// TIMEX3 has no value for it; it is one DATE, the year it starts in (as the hand-annotated Reuters
// splits write it). Only the following year after the slash ("1985/89", "1985/12" are other
// things), and no amount ("1985/86 pct", "1987/88 ratio" of figures) nor a longer run ("1/2/1985").
const SPLIT = /(?<![\w$£€¥#.,:/+-])(1[89]\d\d|20\d\d)\/(\d\d)(?![\w%]|[.,:/-]\d|\s*(?:%|percent|per cent|pct)\b)/i;

export const splitYearParser: Parser = {
  pattern: () => SPLIT,
  extract(context, match) {
    const first = Number(match[1]);
    if (Number(match[2]) !== (first + 1) % 100) return null;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: String(first) });
  },
};
