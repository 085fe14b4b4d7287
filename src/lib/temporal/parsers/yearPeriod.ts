// A reported period named with its year in front, as results stories compare them: "the 1988
// period", "the comparable 1988 quarter", "the comparable year-ago quarter", "the year-ago first quarter", "the 1988 third quarter", "the fiscal first quarter",
// "the comparable period", "the same period in 1988", "last year's third quarter", "the prior year's
// quarter", "last year's period". "the 1988 period" is the story's reporting period (a quarter, a
// half, a month) in 1988 (anchors.ts), or the year when the story named none; an ordinal
// quarter or half is that one of the year written, or of the year the tense picks.
import type { Parser } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { ANCHOR_LAST_PERIOD, reportAnchor, sameAsReported } from '../placeholders';
import { tenseAround } from '../tense';
import { ANCHOR_PERIOD_YEAR_BACK, ANCHOR_YEAR_BACK } from './samePeriod';

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };
const SHIFT: Record<string, number> = { last: -1, prior: -1, previous: -1, preceding: -1, this: 0, next: 1 };

// a figure set against another, in the clause before the period: "up from 3.1 mln dlrs in ",
// "compared with 15 pct in ", "against 120 in ", "over ", "versus ", "a year earlier"
const COMPARED_BEFORE = /(?:\b(?:from|against|with|to|versus|vs\.?|over)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,3}[$\u00a3\u20ac\u00a5]?\d|\b(?:than|compared|comparing|year[-\s](?:earlier|ago)|year[-\s]on[-\s]year)\b)(?:[^,;:.]|[.,]\d){0,70}$/i;
// the year back written after the period in words the year-back parser leaves: "the same period the
// year before", "of the year before"
const YEAR_BACK_AFTER = /^\s+(?:of\s+)?the\s+(?:year|twelve\s+months|12\s+months)\s+(?:before|earlier)\b/i;

const PATTERN =
  /(?<![\w-])(?:the|(?:the\s+)?(last|this|next|prior|previous|preceding)\s+year['\u2019]s)\s+(?:(?:same|comparable|corresponding|like)\s+)?(?:(?:year-earlier|year-ago)\s+)?(?:(\d{4})\s+)?(?:(?:fiscal|financial)\s+)?(?:(first|second|third|fourth|final)[\s-]+)?(period|quarter|half)(?![\w-])/i;

export const yearPeriodParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const shift = match[1] ? SHIFT[match[1].toLowerCase()] : null;
    const published = publicationDay(context);
    const year = match[2] ? Number(match[2]) : shift !== null ? published.year + shift : null;
    const comparable = /^the\s+(?:same|comparable|corresponding|like|year-earlier|year-ago)\s/i.test(match[0]);
    const noun = match[4].toLowerCase();
    if (match[3]) {
      if (noun === 'period') return null;
      const n = ORDINAL[match[3].toLowerCase()];
      const kind = noun === 'quarter' ? 'Q' : 'H';
      if (kind === 'H' && n > 2) return null;
      // plain "the third quarter" is quarterHalf.ts's; this parser takes it with a year, "fiscal"
      // or "year-ago" in front
      const yearAgo = /\byear-(?:ago|earlier)\s/i.test(match[0]);
      if (year === null && !yearAgo && !/fiscal|financial/i.test(match[0])) return null;
      const current = kind === 'Q' ? Math.floor((published.month - 1) / 3) + 1 : published.month <= 6 ? 1 : 2;
      const y = year ?? resolveYear(published.year, n, current, tenseAround(context.text, match.index!, match.index! + match[0].length), kind === 'Q' ? 4 : 2);
      const value = `${formatYear(y)}-${kind}${n}`;
      // "the year-ago first quarter": that quarter of the year before the one reported (a year
      // before the one its tense gives when the story reports none)
      if (yearAgo && year === null) return statedResult(context, match.index!, match[0], { type: 'DATE', value: sameAsReported(`${kind}${n}`, `${formatYear(y - 1)}-${kind}${n}`, -1) });
      // "last year's fourth quarter" beside the fourth quarter the story reports is the one compared
      // with it, a year before it, whichever calendar year the story was published in
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: shift === -1 && !match[2] ? sameAsReported(`${kind}${n}`, value, -1) : value });
    }
    // "last year's quarter", "last year's period": the comparison period, the reported one a year
    // back, counted from the period and not from publication (a January story of fourth-quarter
    // results compares 1988-Q4 with "last year's quarter", 1987-Q4); the year before
    // publication's when the story reports none
    if (shift === -1 && !match[2]) {
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(-1, formatYear(year!), noun === 'quarter' ? 'quarter' : undefined) });
    }
    if (year !== null) {
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(year, formatYear(year), noun === 'quarter' ? 'quarter' : undefined, true) });
    }
    // "the comparable period": the reported one, a year back
    if (!comparable) return null;
    // "the same period in 2009", "the comparable quarter of 1988": the reported one in the year
    // written after it (the year keeps its own span)
    const written = /^\s+(?:in|of)\s+(\d{4})\b/.exec(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12));
    if (written) {
      const y = Number(written[1]);
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(y, formatYear(y), noun === 'quarter' ? 'quarter' : undefined, true) });
    }
    // "Britain exported 1.5 billion stg of goods last year, while imports in the same period
    // totalled 436 mln", "In the same period, borrowings rose": "the same period" that sets no
    // figure against another is the period just told of, a second figure for it, not the one a year
    // back (that is "up from 3.1 mln in the same period", "against 120 in the same period")
    if (/^the\s+same\s+period$/i.test(match[0]) && !COMPARED_BEFORE.test(context.text.slice(Math.max(0, match.index! - 90), match.index!)) && !YEAR_BACK_AFTER.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 30))) {
      return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(0, ANCHOR_LAST_PERIOD) });
    }
    return statedResult(context, match.index!, match[0], { type: 'DATE', value: reportAnchor(-1, noun === 'quarter' ? ANCHOR_YEAR_BACK : ANCHOR_PERIOD_YEAR_BACK, noun === 'quarter' ? 'quarter' : undefined) });
  },
};
