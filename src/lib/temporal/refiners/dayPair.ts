// "Feb. 15/16", "the night of March 3/4": two days of one month joined by a slash, a night or a
// weekend that runs across midnight. Chrono reads the second day as a two-digit year ("15/16" as
// the 15th of 2016); news means the first day of the pair, its year found as for any month-day
// (tenseDirection.ts, which must run after this).
import type { Refiner } from 'chrono-node';
import { MONTH_WORD } from '../calendar';
import { readStated } from '../context';

const DAY_PAIR = new RegExp(String.raw`^(${MONTH_WORD}\s+)(\d{1,2})\/(\d{1,2})$`, 'i');

export const dayPairRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      const m = DAY_PAIR.exec(r.text.trim());
      if (!m || readStated(r)) continue;
      const first = Number(m[2]);
      const second = Number(m[3]);
      // (only the next day: "May 5/12" may be a date with a slash year, and is left alone)
      if (second !== first + 1 || !r.start.isCertain('month')) continue;
      // ("Feb. 15/16, 2011": a year written after the pair is the pair's)
      const year = /^,?\s*((?:19|20)\d\d)\b/.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 8));
      r.start = context.createParsingComponents({ month: r.start.get('month')!, day: first, ...(year ? { year: Number(year[1]) } : {}) });
      if (year) r.text += year[0];
    }
    return results;
  },
};
