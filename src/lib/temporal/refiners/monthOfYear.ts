// "December last year", "early April this year", "Dec. 5 last year", "in June next year": wire
// copy names a month or a day and then its year by "last/this/next year", one date in TimeML
// (the month in that year), not a month placed by the tense beside a second, whole-year date.
// Knows nothing of the sentence's tense: the year written decides.
import type { Refiner } from 'chrono-node';
import { statedResult } from '../context';
import { resultTimex } from '../toTimex';

const YEAR_AFTER = /^(?:last|this|next)\s+year$/i;
const MONTH_OR_DAY = /^\d{4}(-\d{2}(?:-\d{2})?)$/;

export const monthOfYearRefiner: Refiner = {
  refine(context, results) {
    const out = [...results];
    for (let i = out.length - 2; i >= 0; i--) {
      const [month, year] = [out[i], out[i + 1]];
      // ("October of next year" stays two dates, as MEANTIME writes it: the "of" sets them apart)
      if (!YEAR_AFTER.test(year.text.trim()) || /\d{4}|\bof\s*$/i.test(month.text)) continue;
      if (!/^\s+$/.test(context.text.slice(month.index + month.text.length, year.index))) continue;
      const [own, whole] = [resultTimex(month), resultTimex(year)];
      const tail = own?.type === 'DATE' ? MONTH_OR_DAY.exec(own.value) : null;
      if (!tail || !whole || !/^\d{4}$/.test(whole.value)) continue;
      const text = context.text.slice(month.index, year.index + year.text.trim().length);
      out.splice(i, 2, statedResult(context, month.index, text, { type: 'DATE', value: whole.value + tail[1], ...(own!.mod ? { mod: own!.mod } : {}) }));
    }
    return out;
  },
};
