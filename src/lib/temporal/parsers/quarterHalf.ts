// Fiscal and calendar quarters and halves: "the third quarter", "third-quarter", "the final
// quarter of 2009", "first quarter fiscal 1986" (results copy drops the "of"), "the first quarter of last year", "the third quarter last year", "Q3", "Q3 2025", "2025 Q3", "the first
// half", "H1 2025", "1ST QTR" (wire headlines), "the September quarter" (the quarter ending in September, as results
// stories in many markets name it). Without a year the sentence's tense picks it (a past
// statement about "the third quarter" in November is this year's; a projected "first quarter"
// is next year's).
import type { Parser, ParsingResult } from 'chrono-node';
import { formatYear } from '../calendar';
import { publicationDay, statedResult } from '../context';
import { resolveYear } from '../direction';
import { forecastChangeBefore, namesForecastNet, namesReportedPeriod, reportedYear } from '../reportingPeriod';
import { sameAsReported } from '../placeholders';
import { tenseAround } from '../tense';

const ORDINAL: Record<string, number> = {
  // "1986's initial quarter": the wire varies its words for the first
  first: 1, '1st': 1, initial: 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};
const YEAR_SHIFT: Record<string, number> = { this: 0, the: 0, current: 0, last: -1, previous: -1, next: 1 };

const YEAR_TAIL = '(?:\\s+of\\s+(?:(this|last|next|the|the current|the previous)\\s+(?:fiscal\\s+|financial\\s+)?year|(?:fiscal\\s+|financial\\s+)?(\\d{4}))|\\s+(?:last|this|next)\\s+year(?![\\w\'\\u2019-])|\\s+(?:(?:fiscal|financial)\\s+)?(\\d{4})(?![\\w-]))?';

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(?:the\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th|initial(?<=(?:\\bthe|['\u2019]s)\\s+initial)|(?<=\\bthe\\s+)last)[\\s-]+(?:(?:19|20)\\d\\d(?:\\/\\d\\d)?\\s+)?(?:(?:fiscal|financial|calendar)\\s+)?(quarter|qtr|half)${YEAR_TAIL}(?!-?(?:point|mile|final|back|pipe|inch))` +
    `|(?:(\\d{4})\\s+)?\\b([QH])([1-4])(?:\\s+(\\d{4})|\\s*'(\\d{2}))?` +
    // "the September quarter": the quarter that ends in that month; "the April-June quarter",
    // "the July-September period": its months, as wire copy names a quarter
    // (with its year before or after the month: "the 1985 December quarter", "the December 1986 quarter")
    `|(?:the\\s+)?(?:\\d{4}\\s+)?(?:(?:January|April|July|October)[-\\u2013/])?(March|June|September|December)(?:\\s+\\d{4})?[\\s-](?:quarter|(?<=[-\\u2013/]\\w+\\s)period))(?![\\w-])`,
  'i',
);

// a figure of comparison right before the period: "from 4.42 billion in ", "against a 57 mln
// withdrawal in ", "up from a net inflow of 3.22 billion dlrs in "
// ("after an increase of 39.6 billion dlrs in the third quarter", "in contrast to a 20.9
// billion rise in": the figure a statistics story's latest one follows or is set against)
const COMPARED_FIGURE = /\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?|after|following|in\s+contrast\s+to)\s+(?:an?\s+(?:[a-z-]+\s+){0,3}of\s+|an?\s+)?[$\u20ac\u00a3\u00a5]?\d[\d.,]*\s*(?:%|pct|mln|bln|million|billion|dlrs?|cts|stg)?(?:\s+[a-z]+){0,3}\s+(?:in|during|for)\s+$/i;
// a revision of figures already published: "Next week's revision to fourth quarter GNP", "the
// revised first-quarter figures" (the revision may lie ahead, the quarter it revises has ended)
const REVISED = /\b(?:revis(?:ion|ions|ed)|upward|downward)\s+(?:(?:to|of|in)\s+)?(?:(?:the|its)\s+)?(?:u\.s\.\s+)?$/i;
// what a quarter or half may be "of" and stay a calendar or fiscal period: a year named or
// pointed at ("of the year", "of its 1987 fiscal year", "of the company's financial year", "of
// calendar 1987", "of 1986/87")
const OF_A_YEAR = /^\s+of\s+(?:(?:the|its|their|this|that|next|last|our|his|her|[A-Z][\w.&-]*['\u2019]s)\s+)?(?:(?:current|coming|new|previous|present|same|past|following)\s+)?(?:\d{4}(?:\/\d{2,4})?\s+)?(?:(?:fiscal|financial|calendar|business|crop|marketing|trading|tax|accounting|company)\s+)?(?:year|yr)\b|^\s+of\s+(?:(?:fiscal|financial|calendar)\s+)?(?:year\s+)?['\u2019]?\d{2,4}\b/i;
// "of" and a noun phrase after a quarter or half ("of the two-week statement period", "of the
// game", "of March", "of that money"), not an amount ("a gain in the second quarter of 1.5 mln
// dlrs") nor a bare noun ("its first quarter of operations")
const OF_A_STRETCH = /^\s+of\s+(?:the|this|that|these|those|its|his|her|their|our|your|my|an?|next|last|[A-Z][\w.&-]*['\u2019]s|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\w-]))\b/;
const OF_AN_ERA = /^\s+of\s+(?:the\s+)?(?:(?:\d{3}0|['\u2019]?\d0)s\b|(?:\w+\s+)?(?:decade|century)\b|(?:\w+-)?\w+ties\b|aughts\b|noughties\b|last\s+(?:decade|century)\b)/i;

// the words that set one figure against another, after the period's own figure
const SET_AGAINST = /\b(?:compared|against|versus|vs\b|from)\b/i;
const ORDINAL_WORDS = ['', 'first|1st|initial', 'second|2nd', 'third|3rd', 'fourth|4th|final'];
const samePeriods = new Map<string, RegExp>();
/** The year written with the same quarter or half set against the one ending at `end` ("compared with ... in fiscal 1986's second quarter", "against ... in the second quarter of 1986", "from ... in the 1986 second quarter"), null when none. */
function comparedYear(sentence: string, end: number, n: number, kind: 'Q' | 'H'): number | null {
  const rest = sentence.slice(end);
  const against = SET_AGAINST.exec(rest);
  if (!against) return null;
  const key = `${kind}${n}`;
  let same = samePeriods.get(key);
  if (!same) {
    const unit = kind === 'Q' ? '(?:quarter|qtr)' : 'half';
    same = new RegExp(`(?:\\b(\\d{4})(?:['\u2019]s)?\\s+)?(?:the\\s+)?\\b(?:${ORDINAL_WORDS[n]})[\\s-]+(?:(?:fiscal|financial)\\s+)?${unit}(?:\\s+of\\s+(?:(?:fiscal|financial)\\s+)?(\\d{4})|\\s+(?:(?:fiscal|financial)\\s+)?(\\d{4}))?(?![\\w-])`, 'i');
    samePeriods.set(key, same);
  }
  const m = same.exec(rest.slice(against.index));
  const year = m && (m[1] ?? m[2] ?? m[3]);
  return year ? Number(year) : null;
}

// the quarters and halves whose year only their sentence's tense gave
const byTense = new WeakSet<ParsingResult>();

/** Whether the quarter or half of `result` was placed by its sentence's tense alone (a story reporting that very quarter places it better). */
// a forecast's noun and "for" right before the period ("prospects for the", "the outlook for")
const OUTLOOK_FOR = /\b(?:prospects?|outlook|forecasts?|projections?|expectations?|guidance)\s+for\s+(?:the\s+)?$/i;
export const placedByTense = (result: ParsingResult) => byTense.has(result);

export const quarterHalfParser: Parser = {
  pattern: () => PATTERN,
  extract(context, match) {
    const published = publicationDay(context);
    let kind: 'Q' | 'H', n: number, year: number | null = null;
    if (match[11]) {
      kind = 'Q';
      n = ['march', 'june', 'september', 'december'].indexOf(match[11].toLowerCase()) + 1;
      // a month's name is capitalised: "the march quarter" is no date; the first month of a
      // span is the quarter's own ("the April-June quarter", not "the January-June")
      if (!/^[A-Z]/.test(match[11])) return null;
      const first = /(January|April|July|October)[-\u2013/]/i.exec(match[0]);
      if (first && ['january', 'april', 'july', 'october'].indexOf(first[1].toLowerCase()) + 1 !== n) return null;
      const written = /\b(\d{4})\b/.exec(match[0]);
      if (written) year = Number(written[1]);
    } else if (match[1]) {
      kind = /^q/i.test(match[2]) ? 'Q' : 'H';
      n = ORDINAL[match[1].toLowerCase()];
      if (kind === 'H' && n > 2) n = match[1].toLowerCase() === 'second' || /final|last/i.test(match[1]) ? 2 : 0;
      // "the first half of the decade", "the second half of the 1990s": a half of the decade or
      // century named after it, no half-year (periodModifier.ts marks the decade START or END)
      if (kind === 'H' && !match[3] && !(match[4] ?? match[5]) && OF_AN_ERA.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 40))) return null;
      // "the second half of the two-week statement period", "the first quarter of the game", "the
      // first half of March": a part of some other stretch, no half-year or quarter of the calendar
      if (!match[3] && !(match[4] ?? match[5]) && !/\d{4}/.test(match[0]) && OF_A_STRETCH.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 40)) && !OF_A_YEAR.test(context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 60))) return null;
      if (match[3]) year = published.year + YEAR_SHIFT[match[3].toLowerCase().replace(/^the /, '')];
      else if (match[4] ?? match[5]) year = Number(match[4] ?? match[5]);
      // "the first 1987 quarter", "the fourth 1986 quarter": the wire's year between the ordinal
      // and the quarter, as in "the 1987 first quarter"
      // ("the first 1987/88 half": a half of a split year, of the year it starts in, as "1987/88" is)
      else if (/^\S+[\s-]+((?:19|20)\d\d)(?:\/\d\d)?\s/.test(match[0].replace(/^the\s+/i, ''))) year = Number(/^\S+[\s-]+((?:19|20)\d\d)(?:\/\d\d)?\s/.exec(match[0].replace(/^the\s+/i, ''))![1]);
      // "the third quarter last year": the year after it, as "of last year" is
      else if (/\s(?:last|this|next)\s+year$/i.test(match[0])) year = published.year + YEAR_SHIFT[/(last|this|next)\s+year$/i.exec(match[0])![1].toLowerCase()];
    } else {
      kind = match[7].toUpperCase() as 'Q' | 'H';
      n = Number(match[8]);
      if (kind === 'H' && n > 2) return null;
      const y = match[6] ?? match[9] ?? (match[10] ? `20${match[10]}` : undefined);
      // "H1" alone is a flu strain or a heading more often than a half-year
      if (kind === 'H' && !y) return null;
      if (y) year = Number(y);
      // "Q3" needs capitals: "q3" is no quarter in prose
      if (!/^[QH]/.test(match[7])) return null;
    }
    if (!n) return null;
    // "will report second-quarter results" in July: the quarter just ended (reportingPeriod.ts)
    const end = match.index! + match[0].length;
    if (year === null) {
      const tense = tenseAround(context.text, match.index!, end);
      // placed by its figures' tense, or by its tense alone: either way the story's reporting
      // period, if the same quarter, places it better (index.ts, anchors.ts), as a fiscal "first
      // quarter ended January 31" does for a later "first quarter profit"
      // (and a forecast of the wire's "net": "EXPECTS HIGHER FIRST QUARTER NET" in April is the
      // quarter just ended; "first quarter net rose" told in the past is left to the tense, as a
      // fiscal quarter just ended may be the calendar's current one)
      // (and a figure's change forecast for a quarter: "money supply is expected to rise 14.3 pct
      // in the first quarter" in April is the quarter just ended, whose figures are still to come)
      const reported = namesReportedPeriod(context.text, match.index!, end) || (tense !== 'past' && (namesForecastNet(context.text, end) || forecastChangeBefore(context.text, match.index!))) ? reportedYear(published, n, kind === 'Q' ? 4 : 2, tense) : null;
      // a figure set against ("from a 555 mln outflow in the third quarter", "against 3.88 billion
      // in the third quarter") is one already known, for a period that has ended, whatever verb
      // the clause's head has or lacks ("The turnaround ... from a 555 mln outflow in the third
      // quarter, against ..., was largely on account of")
      const current = kind === 'Q' ? Math.floor((published.month - 1) / 3) + 1 : published.month <= 6 ? 1 : 2;
      const before = context.text.slice(Math.max(0, match.index! - 60), match.index!);
      const side = (tense !== 'past' && tense !== 'future' && COMPARED_FIGURE.test(before)) || REVISED.test(before) ? 'past' : tense;
      // "Prospects for the second quarter were relatively favourable", "the outlook for the second
      // half was clouded" in March: what prospects and forecasts are for lies ahead of the telling,
      // whatever the clause's tense (the past of a report of them): a quarter or half not yet over
      // at publication is this year's, not last year's; one already over is left to the tense
      const ahead = n >= current && OUTLOOK_FOR.test(before);
      let placed = reported ?? (ahead ? published.year : resolveYear(published.year, n, current, side, kind === 'Q' ? 4 : 2));
      // "had second quarter net income of 11.8 mln dlrs, compared with 8.3 mln dlrs in fiscal
      // 1986's second quarter": a quarter's figure set against the same quarter of a year named
      // is the quarter a year after that one (a figure is never set against its own period); the
      // tense alone puts a past "second quarter" told in March a year too early
      if (match[1] && comparedYear(context.text, end, n, kind) === placed) placed += 1;
      const result = statedResult(context, match.index!, match[0], { type: 'DATE', value: `${formatYear(placed)}-${kind}${n}` });
      byTense.add(result);
      return result;
    }
    const value = `${formatYear(year)}-${kind}${n}`;
    // "from $4 million in the fourth quarter last year" beside the fourth quarter reported in a
    // January story is the one compared with it, a year before it (as "last year's fourth quarter")
    if (/\slast\s+year$/i.test(match[0])) return statedResult(context, match.index!, match[0], { type: 'DATE', value: sameAsReported(`${kind}${n}`, value, -1) });
    return statedResult(context, match.index!, match[0], { type: 'DATE', value });
  },
};
