// "the week of Nov. 10", "during the week of March 3": a week named by one of its days (US
// news and court calendars write schedules so). The span takes the words in and the value is
// the ISO week holding that day, as "next week" is a week and not a day.
import type { Refiner } from 'chrono-node';
import { formatIsoWeek } from '../calendar';
import { statedResult } from '../context';
import { resultTimex } from '../toTimex';

const BEFORE = /(?<![\w-])(?:the\s+)?week\s+of\s+$/i;

export const weekOfRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const before = BEFORE.exec(context.text.slice(Math.max(0, result.index - 16), result.index));
      if (!before || result.end) return result;
      const timex = resultTimex(result);
      const day = timex?.type === 'DATE' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex.value);
      if (!day) return result;
      const index = result.index - before[0].length;
      const value = formatIsoWeek({ year: +day[1], month: +day[2], day: +day[3] });
      return statedResult(context, index, context.text.slice(index, result.index + result.text.length), { type: 'DATE', value });
    });
  },
};
