// "for shipment May 10-June 10", "the fair runs November 25-December 10": wire and market copy
// writes a run of days across two months as two month-days joined by a hyphen. Chrono's
// day-month parser reads the middle, "10-June 10", as the day before the second month's name
// and the second day as a two-digit year (June 10, 2010), and "21-June" of "May 21-June 5" as
// June 21; being longer than "May 10", that reading would win the overlap. A day that stands
// right after a month's name is that month's, so a day-month reading that starts there is let
// go before the overlap is settled, and the two month-days are read as written. Runs before
// the overlap refiner; knows nothing of years or tense.
import type { Refiner } from 'chrono-node';
import { MONTH_WORD } from '../calendar';

// a day, a hyphen or dash, and a month's name: the day-month reading's start
const DAY_THEN_MONTH = new RegExp(`^\\d{1,2}\\s?[-\\u2013]\\s?${MONTH_WORD}`, 'i');
// a month's name (with its capital: "may" is the modal) and a space right before the day
const MONTH_BEFORE = new RegExp(`\\b${MONTH_WORD}\\s+$`);

export const monthSpanRefiner: Refiner = {
  refine(context, results) {
    // (a reading that starts with a day and a hyphen is rare: the expression runs only there)
    if (!results.some((r) => DAY_THEN_MONTH.test(r.text))) return results;
    return results.filter((r) => !(DAY_THEN_MONTH.test(r.text) && MONTH_BEFORE.test(context.text.slice(Math.max(0, r.index - 12), r.index))));
  },
};
