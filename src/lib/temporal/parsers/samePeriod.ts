// Year-on-year comparisons in business and statistics news: "the same period last year", "the
// same month a year ago", "the same quarter a year earlier". The value is the period under
// discussion (the last date the article named) one year back, at that date's own precision
// (February 2009 -> 2008-02, 2009-Q3 -> 2008-Q3), resolved by the document pass (anchors.ts).
import type { Parser } from 'chrono-node';
import { statedResult } from '../context';
import { reportAnchor } from '../placeholders';
import { anchorShift } from './anaphoricDay';

export const ANCHOR_YEAR_BACK = 'ANCHOR_YEAR_BACK';
/** As ANCHOR_YEAR_BACK, for a period: a day named last is the end of a longer period ("the nine
 * months ended Sept. 30 ... the same period last year"), so only its year is known. */
export const ANCHOR_PERIOD_YEAR_BACK = 'ANCHOR_YEAR_BACK_OF_PERIOD';

// "the same period last year", "the corresponding quarter a year earlier", "the comparable
// period of the previous year"
const YEAR_BACK = '(?:(?:of\\s+|in\\s+)?last\\s+year|(?:of|in)\\s+the\\s+(?:previous|prior|last|preceding)\\s+year|(?:a|one)\\s+year\\s+(?:ago|earlier|before))';
// "the quarter a year earlier", "the period last year": a period of a results story needs no
// "same" before its year back
const PATTERN = new RegExp(
  `(?<![\\w-])the\\s+(?:(?:same|corresponding|comparable|like)\\s+(period|month|quarter|week|day|time|season|half)|(period|month|quarter|half))\\s+${YEAR_BACK}(?![\\w-])`,
  'i',
);

export const samePeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // a period or quarter compared is the one the story reports, when it named one (anchors.ts)
    const noun = (match[1] ?? match[2]).toLowerCase();
    // with no period named, a quarter or a month compared is still one ("the same quarter last
    // year" is the quarter of the story's date a year back, not a whole year)
    const fallback = noun === 'quarter' ? anchorShift(-4, 'quarter') : noun === 'month' ? anchorShift(-12, 'month') : noun === 'period' || noun === 'half' ? ANCHOR_PERIOD_YEAR_BACK : ANCHOR_YEAR_BACK;
    const value = noun === 'period' || noun === 'quarter' || noun === 'half' ? reportAnchor(-1, fallback, noun === 'quarter' ? 'quarter' : undefined) : fallback;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};
