// "1986's third quarter", "1987's first half": results copy names a quarter or half by its year
// in the possessive, one date in TimeML (1986-Q3), not a year beside a quarter the tense placed.
// Knows nothing of the sentence's tense: the year written decides.
import type { Refiner } from 'chrono-node';
import { statedResult } from '../context';
import { resultTimex } from '../toTimex';

const PART = /^\d{4}-(Q[1-4]|H[12])$/;

export const yearsPeriodRefiner: Refiner = {
  refine(context, results) {
    const out = [...results];
    for (let i = out.length - 2; i >= 0; i--) {
      const [year, period] = [out[i], out[i + 1]];
      if (!/^\d{4}$/.test(year.text) || !/^['\u2019]s\s+$/.test(context.text.slice(year.index + year.text.length, period.index))) continue;
      const part = resultTimex(period);
      const tail = part?.type === 'DATE' ? PART.exec(part.value) : null;
      if (!tail) continue;
      const text = context.text.slice(year.index, period.index + period.text.length);
      out.splice(i, 2, statedResult(context, year.index, text, { type: 'DATE', value: `${year.text}-${tail[1]}` }));
    }
    return out;
  },
};
