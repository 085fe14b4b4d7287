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
