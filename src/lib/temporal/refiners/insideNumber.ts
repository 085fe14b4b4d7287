// A date read out of a longer number is no date: "a P/E of 22.8-24.4 times" gives chrono
// "22.8-24" (a day, a month and a two-digit year) with ".4" left over. A match that starts
// right after a digit or stops right before a decimal point or comma with a digit after it
// has cut a figure in two; "12.6-14" whole is a range of figures. Knows nothing of what the
// figure measures.
import type { Refiner } from 'chrono-node';

const CUT_AFTER = /^[.,]\d/;
const CUT_BEFORE = /\d[.,]?$/;
// "rose 12.6-14 percent": a decimal and a dash; news writes no date as day.month-year
const DECIMAL_RANGE = /^\d{1,3}\.\d{1,2}\s*-\s*\d{1,4}$/;

export const insideNumberRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      const end = r.index + r.text.length;
      if (DECIMAL_RANGE.test(r.text)) return false;
      return !(/^\d/.test(r.text) && (CUT_AFTER.test(context.text.slice(end, end + 2)) || CUT_BEFORE.test(context.text.slice(Math.max(0, r.index - 2), r.index))));
    });
  },
};
