// "Friday, October 29, 2010", "on Tuesday 28 April", a stamp's "Mon Apr 11, 2011 6:07 pm EDT": a
// weekday written right before the date it falls on is part of that date's expression, one span
// as TimeML writes it. Only when the weekday is the date's own (a writer names the true one), so
// "The Sun Dec. 3 edition" is left as it is.
import type { Refiner } from 'chrono-node';
import { weekday } from '../calendar';
import { statedResult } from '../context';
import { resultTimex } from '../toTimex';

// (capitalised, as a weekday is written: "wed" is the verb)
const BEFORE = /(?<![\w-])(?:(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day|(Sun|Mon|Tue|Wed|Thu|Fri|Sat)\.?),?\s+$/;
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/;

export const weekdayBeforeRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const before = BEFORE.exec(context.text.slice(Math.max(0, result.index - 12), result.index));
      if (!before) return result;
      const timex = resultTimex(result);
      const day = timex && (timex.type === 'DATE' || timex.type === 'TIME') ? DAY.exec(timex.value) : null;
      if (!timex || !day) return result;
      const named = DAYS.indexOf((before[1] ?? before[2]).slice(0, 3).toLowerCase());
      if (weekday({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) }) !== named) return result;
      const index = result.index - before[0].length;
      return statedResult(context, index, context.text.slice(index, result.index + result.text.length), timex);
    });
  },
};
