// "Oct. 9, 11, 1981", "June 3 and 4, 2024", "Sept. 8, 10 and 12, 1963": days of one month listed
// with one year written after the last of them. A chronology, a schedule of hearings or of concerts
// names several days of a month this way; the year is every listed day's, the first's too, which
// chrono reads alone as a month-day without a year (its year then guessed from the tense, which
// tenseDirection.ts does after this). The list is kept as one expression dated by its first day.
import type { Refiner } from 'chrono-node';
import { MONTH_WORD } from '../calendar';
import { readStated } from '../context';

const MONTH_DAY = new RegExp(String.raw`^${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?$`, 'i');
// the other days of the list, the last joined by "and", "or" or "&", then the year
const REST_OF_LIST = /^(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*(?:,?\s+(?:and|or|&)\s+\d{1,2}(?:st|nd|rd|th)?|,\s*\d{1,2}(?:st|nd|rd|th)?),\s*((?:1[89]|20)\d\d)(?![\d/-])/i;

export const dayListRefiner: Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (readStated(r) || r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || !MONTH_DAY.test(r.text.trim())) continue;
      const list = REST_OF_LIST.exec(context.text.slice(r.index + r.text.length, r.index + r.text.length + 40));
      if (!list) continue;
      // (the days must be days of that month, after the first: "May 5, 12, 2019" is a list, "May
      // 5, 40, 2019" is not)
      const days = [...list[0].matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/g)].map((d) => Number(d[1])).filter((d) => d <= 31);
      if (!days.length || days.some((d) => d <= r.start.get('day')!)) continue;
      r.start.assign('year', Number(list[1]));
      // (the list is one expression, so the year after it is not read again as a year of its own)
      r.text += list[0];
    }
    return results;
  },
};
