// "1986's third quarter", "1987's first half", "Dome's 1986 fourth quarter", "fiscal 1986's second
// quarter" (the fiscal year's own name, as "the second quarter of fiscal 1986"): results copy names a
// quarter or half by its year before it, one date in TimeML (1986-Q3), not a year beside a quarter the tense placed.
// Knows nothing of the sentence's tense: the year written decides.
import type { Refiner } from 'chrono-node';
import { statedResult } from '../context';
import { resultTimex } from '../toTimex';

const PART = /^\d{4}-(Q[1-4]|H[12])$/;
const ORDINAL_FIRST = /^(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\b/i;

export const yearsPeriodRefiner: Refiner = {
  refine(context, results) {
    const out = [...results];
    for (let i = out.length - 2; i >= 0; i--) {
      const [year, period] = [out[i], out[i + 1]];
      const written = /^(?:(?:fiscal|financial)\s+)?(\d{4})$/i.exec(year.text);
      if (!written) continue;
      const between = context.text.slice(year.index + year.text.length, period.index);
      // "1986's third quarter", and without the possessive before an ordinal: "its 1986 fourth
      // quarter", "1987 first-half profit"
      // (a fiscal year joins its quarter only by the possessive: "fiscal 1990 first quarter" keeps two dates)
      if (!/^['\u2019]s\s+$/.test(between) && !(/^\s+$/.test(between) && ORDINAL_FIRST.test(period.text) && !/^f/i.test(year.text))) continue;
      const part = resultTimex(period);
      const tail = part?.type === 'DATE' ? PART.exec(part.value) : null;
      if (!tail) continue;
      const text = context.text.slice(year.index, period.index + period.text.length);
      out.splice(i, 2, statedResult(context, year.index, text, { type: 'DATE', value: `${written[1]}-${tail[1]}` }));
    }
    return out;
  },
};
