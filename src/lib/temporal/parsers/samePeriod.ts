// Year-on-year comparisons in business and statistics news: "the same period last year", "the
// same month a year ago", "the same quarter a year earlier". The value is the period under
// discussion (the last date the article named) one year back, at that date's own precision
// (February 2009 -> 2008-02, 2009-Q3 -> 2008-Q3), resolved by the document pass (anchors.ts).
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';

export const ANCHOR_YEAR_BACK = 'ANCHOR_YEAR_BACK';

const PATTERN =
  /(?<![\w-])the\s+same\s+(?:period|month|quarter|week|day|time|season)\s+(?:(?:of\s+)?last\s+year|of\s+the\s+(?:previous|prior|last)\s+year|(?:a|one)\s+year\s+(?:ago|earlier|before))(?![\w-])/i;

export const samePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: ANCHOR_YEAR_BACK });
  },
};
