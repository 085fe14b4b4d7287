// Market copy names a futures contract by its delivery month after the commodity and "for":
// "Brent crude for May fell $2.67", "U.S. crude for June rose", "gold for August settled". The
// month is one still traded, this month or one ahead, whatever the tense of the trading, and
// "for" introduces it as a time (so "May" there is the month, not the modal).
// It also names one by its month and what it delivers, a currency or a commodity, as the subject
// of the trading verb right after: "June sterling set a new contract high", "The June British pound
// closed at 1.6080", "March crude settled lower" ("June gold output rose" names the month's output:
// a noun follows, no trading verb). Knows nothing of dates: only the words around the month.
const COMMODITY_FOR =
  /\b(?:crude|oil|Brent|WTI|gasoline|diesel|heating\s+oil|natural\s+gas|gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|wheat|corn|soybeans?|soyoil|soymeal|cotton|sugar|coffee|cocoa|cattle|hogs)\s+(?:futures\s+|contracts?\s+)?for\s+$/i;

/** Whether the month at `start` of `text` is a commodity contract's delivery month. */
export function namesContractMonth(text: string, start: number): boolean {
  return COMMODITY_FOR.test(text.slice(Math.max(0, start - 40), start));
}

const GOODS_TRADED =
  /^\s+(?:(?:Canadian|Australian|U\.S\.|British|Swiss|West\s+German|German|Japanese|New\s+Zealand)\s+)?(?:sterling|yen|pound|dollar|marks?|D-marks?|francs?|Eurodollars?|crude|gasoline|heating\s+oil|gold|silver|copper|platinum|palladium|corn|wheat|soybeans|soyoil|soymeal|oats|cotton|sugar|coffee|cocoa|cattle|hogs|bellies|lumber|orange\s+juice)\s+(?:closed|settled|ended|finished|opened|rose|fell|gained|lost|eased|firmed|slipped|dropped|climbed|jumped|advanced|declined|traded|set|hit|touched|reached|stood|added|shed|rallied|tumbled|plunged|surged|edged|dipped|peaked|topped|was|were|is|are)\b/i;

/** Whether the month ending at `end` of `text` names a contract by the goods it delivers, the subject of a trading verb. */
export function namesContractByItsGoods(text: string, end: number): boolean {
  return GOODS_TRADED.test(text.slice(end, end + 40));
}

// A market report quotes a contract by its month alone, the month the subject of the price: "May
// was at 154 dlrs", "Near July traded at its session low", "April deliveries were offered at 124
// stg and May at 125" (a month's statistic stands after "in" or "for": "stood at 104.1 in
// January"; no month opening a sentence is "at" a price otherwise)
const QUOTE_LEAD = /(?:^|[.;:,]\s*|\b(?:and|while|with|but|Near|near|nearby|Nearby|spot|Spot)\s+)$/;
const QUOTED_AT =
  /^\s+(?:(?:was|were|is|are|last)\s+)?(?:(?:quoted|traded|trading|closed|settled|ended|finished|opened|stood|bid|offered|done|dealt)\s+)?at\s+(?:\d|(?:its|a|the)\s+(?:session|day's|contract|new)\b)/;

/** Whether the month at [start, end) of `text` is a contract quoted by its month alone, the subject of a price. */
export function quotesContractMonth(text: string, start: number, end: number): boolean {
  return QUOTED_AT.test(text.slice(end, end + 40)) && QUOTE_LEAD.test(text.slice(Math.max(0, start - 10), start));
}
