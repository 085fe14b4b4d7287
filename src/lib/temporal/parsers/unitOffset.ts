// "three years ago", "a year or so ago", "two weeks from now": a date a counted span away from publication,
// written at the span's own granularity ("three years ago" is a year, "two days ago" a day).
// "a month later", "10 days earlier", "the next day" count from the last date the article
// named (a narrative's reference time), resolved by the document pass (anchors.ts).
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { COUNT_PATTERN, parseCount } from '../numbers';
import { shiftedValue } from '../shift';
import { UNIT_PATTERN, durationValue, unitOf } from '../units';
import { anchorShift } from './anaphoricDay';
import { ANCHOR_LAST, COARSER, reportAnchor } from '../placeholders';
import { namesFigures } from '../reportingPeriod';

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(about|around|nearly|almost|some|roughly|approximately|over)\\s+)?(?:(${COUNT_PATTERN})\\s+)?(${UNIT_PATTERN})(\\s+or\\s+(?:so|more|two))?\\s+(ago|from now|hence|back|earlier|later(?!\\s+(?:the|that|this|his|her|its|their)\\b)|before(?=\\s*(?:[.,;:!?)]|$)))(?![\\w-])`,
  'i',
);

const PLAN_COMPARED = /^\s+than\s+(?:(?:originally|initially|first|previously)\s+)?(?:planned|expected|scheduled|forecast|anticipated|hoped|promised|intended|thought|announced|projected)\b/i;

// a comparison made in words, with no figure ("prices were higher than a year ago at the end of
// the quarter", "demand was weaker than a year earlier"): as beside figures, the period reported
// a year back (the year when the story reports none)
const COMPARATIVE_BEFORE = /\b(?:higher|lower|more|less|greater|smaller|bigger|better|worse|stronger|weaker|firmer|softer)\s+than\s+$/i;
const ACT_BEFORE = /\b(?:initiated|launched|started|begun|began|introduced|acquired|bought|formed|founded|opened|created|established|set\s+up|signed|adopted|imposed|unveiled|took\s+over|taken\s+over)\s+(?:about\s+|nearly\s+|some\s+)?$/i;
const MOD: Record<string, string> = {
  about: 'APPROX', around: 'APPROX', nearly: 'APPROX', almost: 'APPROX', some: 'APPROX', roughly: 'APPROX',
  approximately: 'APPROX', over: 'BEFORE',
};

const FIGURE_OVER = /(?:\d|%|\b(?:pct|percent|per\s+cent|dlrs|cts|mln|billion|tonnes|barrels|points?|sharply|strongly|slightly|substantially|significantly|higher|lower|up|down|rise|rose|increase|gain|improvement))\s+$/i;

export const unitOffsetParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const word = match[5].toLowerCase();
    const count = match[2] ? parseCount(match[2]) : null;
    if (count === null) {
      // "years ago", "several months from now": a vague distance is a vague reference
      if (!/s$/i.test(match[3])) return null;
      // "a few years ago": a year some three years back, known to its decade (1995 -> 199X); "a
      // few years back" is the same time told the other way
      if ((word === 'ago' || word === 'back') && unitOf(match[3]) === 'year' && /^(?:a few|few|several|some)$/i.test(match[2] ?? '')) {
        const year = formatYear(publicationDay(context).year - 3);
        return statedResult(context, match.index!, match[0], { type: 'DATE', value: `${year.slice(0, 3)}X` });
      }
      if (word === 'ago') return statedResult(context, match.index!, match[0], { type: 'DATE', value: 'PAST_REF' });
      // "a few months earlier", "several years later": a date some three units from the last
      // date named, known only at the next coarser unit (the year of those months, the decade
      // of those years), as "a few years ago" is
      if ((word === 'earlier' || word === 'later') && /^(?:a few|few|several|some)$/i.test(match[2] ?? '') && /^(?:month|year)$/.test(unitOf(match[3]))) {
        return statedResult(context, match.index!, match[0], { type: 'DATE', value: anchorShift(word === 'earlier' ? -3 : 3, unitOf(match[3])) + COARSER });
      }
      if (word === 'from now' || word === 'hence') return statedResult(context, match.index!, match[0], { type: 'DATE', value: 'FUTURE_REF' });
      return null;
    }
    if (!Number.isInteger(count)) return null;
    const unit = unitOf(match[3]);
    // "three days later than planned": a delay measured against a plan, not a date counted from
    // the last one named. Set beside a date ("arrives on November 11, three days later than
    // originally planned") it restates that date; alone it is the span of the delay.
    const end = match.index! + match[0].length;
    if (/^(?:later|earlier)$/.test(word) && PLAN_COMPARED.test(context.text.slice(end, end + 50))) {
      if (/\d\s*,\s*$/.test(context.text.slice(Math.max(0, match.index! - 6), match.index!))) return statedResult(context, match.index!, match[0], { type: 'DATE', value: ANCHOR_LAST });
      return statedResult(context, match.index!, match[0].replace(/\s+(?:later|earlier)$/i, ''), { type: 'DURATION', value: durationValue(count, unit) });
    }
    const sign = /^(?:ago|earlier|before|back)$/.test(word) ? -1 : 1;
    let value = /^(?:earlier|before|later)$/.test(word) ? anchorShift(sign * count, unit) : shiftedValue(publicationDay(context), sign * count, unit);
    // "up from $4 million a year ago", "12% more than a year earlier", "profit a year ago was
    // hurt by a strike": beside figures, the year back is the reported period one year back
    // (1988-Q3 for a third-quarter story), not the year; a story with no period reported keeps it
    // (and "12 months earlier", statistics' way of saying it: "14.8 pct lower than they were 12
    // months earlier" after February's figures is February a year back, not twelve months before
    // the last month named)
    // ("a retirement programme initiated a year ago", "the unit it acquired a year ago": the
    // date of an act, not a comparison, whatever figures the sentence holds; "lower than that
    // reported a year ago" still compares)
    const act = ACT_BEFORE.test(context.text.slice(Math.max(0, match.index! - 24), match.index!));
    if (((count === 1 && unit === 'year') || (count === 12 && unit === 'month')) && sign < 0 && !act && (namesFigures(context.text) || COMPARATIVE_BEFORE.test(context.text.slice(Math.max(0, match.index! - 24), match.index!)))) {
      value = reportAnchor(-1, value);
    }
    // "rise more than 75 pct over a year ago", "up 12 pct over a year earlier": after a figure
    // "over" sets the figure against the date, the preposition of a comparison, not "more than"
    // ("left over a year ago" is before that), and stays outside the span
    if (match[1]?.toLowerCase() === 'over' && FIGURE_OVER.test(context.text.slice(Math.max(0, match.index! - 20), match.index!))) {
      const lead = match[0].length - match[0].slice(match[1].length).trimStart().length;
      return statedResult(context, match.index! + lead, match[0].slice(lead), { type: 'DATE', value });
    }
    // "a year or so ago", "two weeks or more ago": about that far back
    const mod = match[1] ? MOD[match[1].toLowerCase()] : match[4] ? (/more/i.test(match[4]) ? 'MORE_THAN' : 'APPROX') : undefined;
    return statedResult(context, match.index!, match[0], { type: 'DATE', value, mod });
  },
};
