// A wire story filed from a city ahead of the desk's clock carries the local day in its
// dateline ("SYDNEY, March 16 - ..." on a story the desk dated March 15): its "tomorrow" and
// "last week" count from the day the correspondent wrote, the dateline's. Only the day after
// or before publication is taken (a time zone moves a day by one at most; a dateline a week off is a
// slip or a stamp of another kind). Knows nothing of chrono or of the timexes.
import { addDays, weekday, type YMD } from './calendar';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "SYDNEY, March 16 - ", "TROY, Mich., March 12 - ", "VANCOUVER, British Columbia, March 11 - "
// (tried only where a line starts, as a sticky pattern: written with ^ and the m flag, it was
// tried at every character of the story's opening, a fortieth of the tagger's time)
const DATELINE = /[A-Z][A-Z .'-]+,[^\n]{0,40}?\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\s+-\s/y;
// the dateline opens the story: on its first lines
const REACH = 400;
// where a line may start: after any of JavaScript's line terminators, as ^ reads them with the m flag
const LINE_END = /[\n\r\u2028\u2029]/g;

/** The first dateline starting a line of `head`, as `^DATELINE` with the m flag would find it. */
function datelineOf(head: string): RegExpExecArray | null {
  LINE_END.lastIndex = 0;
  for (let at = 0; ; ) {
    DATELINE.lastIndex = at;
    const m = DATELINE.exec(head);
    if (m) return m;
    const end = LINE_END.exec(head);
    if (!end) return null;
    at = end.index + 1;
  }
}

/** The dateline's day when it is the day after `published` or the day before it, else null. */
export function datelineDay(text: string, published: YMD): YMD | null {
  const m = datelineOf(text.slice(0, REACH));
  if (!m) return null;
  const month = MONTHS.indexOf(m[1].toLowerCase()) + 1;
  // the day before: a story written in the evening of its dateline ("NEW YORK, June 17 - ...
  // analysts today lowered") and stamped by a desk whose clock had passed midnight
  const before = addDays(published, -1);
  // (not a Sunday: the week a Sunday story calls "this week" is the one the Monday stamp opens,
  // and ISO weeks end on Sundays)
  for (const day of weekday(before) === 0 ? [addDays(published, 1)] : [addDays(published, 1), before]) if (day.month === month && day.day === Number(m[2])) return day;
  return null;
}
