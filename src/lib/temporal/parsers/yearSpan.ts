// Two years joined by a dash: "2009-2010", "2009–10", "the 1914-18 war", "the 2024-25
// season". Read as one chrono result with a start and an end year, which parts.ts cuts into
// two TIMEX3s ("2009" and "10" = 2010). A two-digit end counts forward within the start's
// century and must come after it ("2009-08" is no span). Amounts are left alone as the bare
// year parser leaves them ("1900-2000 workers" is a count).
import type { Parser } from 'chrono-node';
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
