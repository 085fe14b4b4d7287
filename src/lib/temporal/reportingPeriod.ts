// Reporting of periods: results, earnings or figures for a quarter or half are published in
// the weeks after it ends. Figures already reported are for a period that has ended ("reported
// a loss in the fourth quarter" in November is last year's); "will report fourth-quarter
// results" in January names the quarter just ended; a projected "first-quarter revenue" in
// December is next year's (the quarter named is not the current or the previous one, so the
// tense decides). Takes the tense it is given; reads a few words around the period.
import type { YMD } from './calendar';
import type { Tense } from './tense';

// (and a trade statistic's: "a lack of aircraft imports in February should also contribute" in
// March is February's, whose figures are still to come; and GNP, as GDP: "will release
// third-quarter GNP figures next week" in October is the quarter just ended)
const FIGURES = '(?:results|earnings|profits?|revenues?|sales|figures|numbers?|statistics|reports?|data|GDP|growth|loss(?:es)?|deliveries|output|statements?|performance|imports|exports|deficits?|surplus(?:es)?|GNP|gross\\s+(?:national|domestic)\\s+product)';
// "third-quarter results", "Q3 net profit", "first-half pre-tax profit"; and what a statistic
// measures, written between its month and its noun, as economics copy names a release: "the
// February consumer credit number", "U.S. February trade data", "March producer price data", "the
// year-end March budget deficit" (up to three words, none a word of the clause: "June will bring
// sales" names no figures of June)
const MEASURED = '(?:(?!(?:will|would|should|could|may|might|must|can|shall|is|are|was|were|be|been|being|has|have|had|do|does|did|and|or|but|to|for|of|in|on|at|by|from|with|than|as|the|a|an|that|which|this|its|their|it)\\b)[a-z][a-z-]*\\s+){1,3}';
const AFTER = new RegExp(`^\\s+(?:(?:pre-?tax|net|operating|core|adjusted|gross|financial|earnings|sales|trading)\\s+){0,2}${FIGURES}\\b|^\\s+${MEASURED}(?:figures|numbers?|statistics|data|deficits?|surplus(?:es)?|imports|exports|output)\\b`, 'i');
// "results for the third quarter", "GDP figures for the first half of the year"
const BEFORE = new RegExp(`\\b${FIGURES}\\s+(?:for|in|of|from)\\s+$`, 'i');

/** The words of figures right after a period ("fourth-quarter [earnings]", "January [net sales]"), or null. */
export function figuresAfter(text: string, end: number): string | null {
  return AFTER.exec(text.slice(end, end + 40))?.[0] ?? null;
}

// the wire's "net" for net income after a period: "EXPECTS HIGHER FIRST QUARTER NET", "sees
// third quarter net up" ("net of charges" is no figure)
const NET_AFTER = /^\s+net\b(?!\s+of\b)/i;

/** Whether the period at [start, end) of `text` is the period of figures forecast, named by the wire's "net" ("expects higher first quarter net"). */
export function namesForecastNet(text: string, end: number): boolean {
  return NET_AFTER.test(text.slice(end, end + 12));
}

// a figure's move and its amount right before the period: "to rise 14.3 pct in ", "will grow by 2
// pct in ", "should fall 1.2 billion dlrs in " (a forecast of how the figure will have moved)
const FORECAST_CHANGE_BEFORE = /\b(?:rise|fall|grow|drop|decline|increase|decrease|expand|contract|shrink|climb|slow|gain|ease|jump|slip)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|only\s+|just\s+)?[$\u20ac\u00a3\u00a5]?\d(?:[\d.,]*\d)?\s*(?:%|pct|percent|per\s+cent|(?:mln|million|billion|bln|trillion)(?:\s+[a-z]+)?)\s+(?:in|during)\s+$/i;

/** Whether a forecast figure's move and amount stand right before `start` ("expected to rise 14.3 pct in"): the period it names is one whose figures are to come. */
export function forecastChangeBefore(text: string, start: number): boolean {
  return FORECAST_CHANGE_BEFORE.test(text.slice(Math.max(0, start - 70), start));
}

/** Whether the period at [start, end) of `text` is the period of reported figures. */
export function namesReportedPeriod(text: string, start: number, end: number): boolean {
  return AFTER.test(text.slice(end, end + 40)) || BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * The year of period `n` (1-based, `perYear` in a year: 4 quarters, 2 halves). Figures already
 * reported (past tense) are for a period that has ended: the latest one ended ("reported a
 * loss in the fourth quarter" in November is last year's). Otherwise the current period or the
 * one just ended, else null (the tense decides).
 */
export function reportedYear(published: YMD, n: number, perYear: number, tense: Tense | null): number | null {
  const current = Math.floor((published.month - 1) / (12 / perYear)) + 1;
  if (tense === 'past') return n < current ? published.year : published.year - 1;
  const back = (current - n + perYear) % perYear;
  // (a month's statistics come out one to three months after it, trade and credit figures some
  // six weeks on: "February trade data are due Tuesday" in April is the February just gone)
  if (back > (perYear === 12 ? 3 : 1)) return null;
  return n <= current ? published.year : published.year - 1;
}

// An amount as results and statistics stories state one: "$4.5 million", "12%", "30 per cent",
// "20 cents a share", "1.2 billion euros", "92 mln dirhams" (wire copy), and the wire's own
// abbreviations: "rose 1.1 pct", "14.1 mln dlrs", "seven cts a share", "3.7 billion stg".
// And statistics copy's counts, a count set against a count ("totalled 12,480 in May, compared with
// 11,950", "to 436,500 compared with 470,700", "7,715 tonnes ... compared with 8,462 tonnes"): a
// number with thousands separators, then within the clause a comparison's word and another such
// number (a count alone, "1,200 people marched", states no figure).
const AMOUNT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:pct|percent|per\s?cent)\b|[$\u20ac\u00a3\u00a5]\s?\d|\d\s?(?:%|percent\b|per\s?cent\b|pct\b|(?:million|billion|trillion|bn|mln|bln)\b|cents?\b|cts\b|dlrs?\b|stg\b)|\d,\d{3}(?![\d,])[^.;]{0,60}\b(?:compared\s+(?:with|to)|against|from|versus|vs\.?)\s+(?:an?\s+|the\s+)?\d{1,3}(?:,\d{3})+(?![\d,])/i;

/** Whether a sentence reports figures: the period it names is then the period reported. */
export function reportsFigures(sentence: string): boolean {
  return AMOUNT.test(sentence);
}

// the figures of a results story named without an amount: "Profit a year ago was hurt by a
// strike", "Sales were flat compared with a year earlier"
const FIGURES_NAMED = new RegExp(`\\b(?:${FIGURES}|net income|income|margins?|shipments|orders|volumes?)\\b`, 'i');

/** Whether a sentence states or names reported figures: a period compared there is the reported one. */
export function namesFigures(sentence: string): boolean {
  return AMOUNT.test(sentence) || FIGURES_NAMED.test(sentence);
}

// an amount, then the comparison's base: "87.0 mln dlrs in", "2.6 mln dlrs", "12 pct in"
const AMOUNT_BEFORE = /\d(?:[\d.,]*\d)?\s*(?:%|pct|percent|per\s+cent|cts|cents|(?:mln|million|billion|bln|trillion)(?:\s+[a-z]+)?|[a-z]+)?\s+(?:in\s+|for\s+)?$/i;
// a word that sets figures against others: "rose to ... from", "compared with", "against", "than"
const COMPARED = /\b(?:from|against|than|with|versus|vs\.?)\s(?:[^.;]|\.(?=\d))*$/i;

/** Whether the words before `index` end on an amount set against another ("rose to 96.5 mln dlrs from 87.0 mln dlrs in"): the comparison's base follows. */
export function amountComparedBefore(text: string, index: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, index - 60), index)) && COMPARED.test(text.slice(Math.max(0, index - 90), index));
}
