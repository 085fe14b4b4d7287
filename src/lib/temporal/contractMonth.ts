// Market copy names a futures contract by its delivery month after the commodity and "for":
// "Brent crude for May fell $2.67", "U.S. crude for June rose", "gold for August settled". The
// month is one still traded, this month or one ahead, whatever the tense of the trading, and
// "for" introduces it as a time (so "May" there is the month, not the modal).
// Knows nothing of dates: only the words before the month.
const COMMODITY_FOR =
  /\b(?:crude|oil|Brent|WTI|gasoline|diesel|heating\s+oil|natural\s+gas|gold|silver|copper|platinum|palladium|aluminium|aluminum|nickel|zinc|wheat|corn|soybeans?|soyoil|soymeal|cotton|sugar|coffee|cocoa|cattle|hogs)\s+(?:futures\s+|contracts?\s+)?for\s+$/i;

/** Whether the month at `start` of `text` is a commodity contract's delivery month. */
export function namesContractMonth(text: string, start: number): boolean {
  return COMMODITY_FOR.test(text.slice(Math.max(0, start - 40), start));
}
