// The financial-news adjectives "year-earlier", "year-ago" ("yr-ago" in wire bullets),
// "year-before" and "prior-year" ("the year-earlier quarter", "year-ago sales", "the prior-year
// period", "the year-before quarter"): the period the story reports, one year back
// (anchors.ts); with no reported period named, the year before the last date named, like "a
// year earlier" (and so is "the year earlier" closing a comparison). With a period noun the whole phrase is the date ("the year-ago quarter" is
// 1988-Q3).
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { reportAnchor } from '../placeholders';
import { anchorShift } from './anaphoricDay';
import { amountComparedBefore, namesFigures } from '../reportingPeriod';

const PATTERN = /(?<![\w-])(?:(the)\s+)?(?:(?:year|yr)[-\s](?:earlier|ago)|year-before|prior[-\s]year|previous[-\s]year)(?:\s+(?:(?:fiscal|financial|calendar)\s+)?(quarter|period|month|half|week))?(?![\w-])|(?<![\w-])(year[-\s]to[-\s]date)(?![\w-])/i;

export const yearEarlierParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    // "Year-to-date domestic crude output", "sales year to date": the year so far, publication's
    if (match[3]) return statedResult(context, match.index!, match[0], { type: 'DATE', value: formatYear(publicationDay(context).year) });
    const noun = match[2]?.toLowerCase();
    let index = match.index!;
    let text = match[0];
    if (!noun) {
      // an adjective before its noun ("year-ago sales"); "a year ago" is unitOffset's, but wire
      // bullets write it short: "Q1 net profit 92 mln vs 33 mln yr-ago"
      if (!/^\s+[a-z]/.test(context.text.slice(index + text.length))) {
        // "a net loss of 2.4 mln dlrs the year earlier": "the year earlier" closing a comparison
        // is "a year earlier", the reported period one year back beside figures
        if (match[1] && /earlier|ago/i.test(text) && namesFigures(context.text)) return statedResult(context, index, text, { type: 'DATE', value: reportAnchor(-1, anchorShift(-1, 'year')) });
        // "rose to 96.5 mln dlrs from 87.0 mln dlrs in the prior year", "up from 2.6 mln dlrs the
        // previous year": the base of a comparison, an amount right before it, is the period
        // reported one year back, as "a year earlier" there is (a quarter's figures compare with
        // that quarter; "the previous year" of a narrative, no amount before it, stays the year
        // before the last date named, anaphoricDay.ts)
        if (match[1] && /prior|previous/i.test(text) && amountComparedBefore(context.text, index)) return statedResult(context, index, text, { type: 'DATE', value: reportAnchor(-1, anchorShift(-1, 'year')) });
        // "fell to 61 cts from year-ago 64 cts", "from year-earlier 170.1 mln dlrs": the wire's
        // adjective before the compared amount itself ("a year ago 5 pct" is unitOffset's)
        if (!match[1] && /earlier|ago/i.test(text) && /^\s+[$]?\d/.test(context.text.slice(index + text.length)) && !/\b(?:a|one)\s+$/i.test(context.text.slice(Math.max(0, index - 5), index))) return statedResult(context, index, text, { type: 'DATE', value: reportAnchor(-1, anchorShift(-1, 'year')) });
        if (!/^yr/i.test(text)) return null;
        return statedResult(context, index, text, { type: 'DATE', value: reportAnchor(-1, formatYear(publicationDay(context).year - 1)) });
      }
      if (match[1]) {
        const lead = /^the\s+/i.exec(text)![0].length;
        index += lead;
        text = text.slice(lead);
      }
    }
    const unit = noun === 'quarter' ? 'quarter' : undefined;
    // with no period reported, a year back from the story's date at the noun's precision: "the
    // year-ago quarter" four quarters back, "the year-earlier month" twelve months back
    const fallback = noun === 'quarter' ? anchorShift(-4, 'quarter') : noun === 'month' ? anchorShift(-12, 'month') : anchorShift(-1, 'year');
    return statedResult(context, index, text, { type: 'DATE', value: reportAnchor(-1, fallback, unit) });
  },
};
