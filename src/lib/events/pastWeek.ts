// "Startups raised money this past week" in a Sunday's roundup, "the club won twice this past
// weekend" in a Sunday paper: a weekend column tells of the week now ending with "this past week",
// and a Sunday's "this past weekend" is the one whose last day it is. The tagger's value, the week
// before (as for "last week", which a Sunday's paper does say of the week before: "died last
// week"), leaves the happening a week early. On a Saturday or a Sunday "this past week" is the
// week (Monday to Sunday) that holds the day of writing, cut at that day by publishedSide.ts; on a
// Sunday "this past weekend" is that Saturday and Sunday. Other days keep the tagger's week: a
// Monday's "this past week" is the week just ended, and midweek the two readings overlap.
// Must not know about labels or statuses; reads only the timex's words and the page's day.
import type { Timex } from '../document';
import type { TimexRange } from '../temporal/range';
import { parseDay, shiftDay, weekday } from '../temporal/calendar';

const THIS_PAST = /^this\s+past\s+week(end)?(?:['’]s)?$/i;
const SATURDAY = 6;
const SUNDAY = 0;

/** The week or weekend now ending, for a weekend page's "this past week(end)"; else null. */
export function pastWeek(timex: Timex, range: TimexRange, publishedDay: string): TimexRange | null {
  const words = THIS_PAST.exec(timex.text.trim().replace(/\s+/g, ' '));
  if (!words) return null;
  const day = weekday(parseDay(publishedDay));
  const weekend = !!words[1];
  if (!(day === SUNDAY || (day === SATURDAY && !weekend))) return null;
  // the Sunday that ends the week holding the page's day
  const sunday = day === SUNDAY ? publishedDay : shiftDay(publishedDay, 1);
  // (only the week or the weekend just before that one, as the tagger gives it)
  if (range.end !== shiftDay(sunday, -7)) return null;
  return { ...range, start: shiftDay(sunday, weekend ? -1 : -6), end: sunday };
}
