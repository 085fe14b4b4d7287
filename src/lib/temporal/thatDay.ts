// "After news broke on July 19 ... Also that day, his allies claimed ...", "was on display last
// month. ... But the same day, the senator attended a fundraiser", "On Thanksgiving, the sheriff
// released a statement ... In another statement that week, ...": a narrative names its day or
// week again by "that day", "that same day", "the same day", "that week", which TimeML values as
// the day (week) it last named. Runs on the resolved timexes of an article, as thatYear.ts does,
// for the phrases the parsers leave (anaphoricDay.ts takes "on the same day" and a sentence's
// opening "The same day,"): the phrase takes the last date before it, if that stands in the few
// sentences before; a day's week for "that week", and a month for "the same day" when the story
// last named only a month ("last month ... the same day": a day of that month, drawn as the
// month). Not "the same day as ..." (a comparison, or a day told by what follows), not "that day
// has come" (a day told of, not named again), not "the same day they air" (a day every time), not the conjunction after a verb of saying ("said
// that week's figures ..."). Knows nothing of events.
import type { Timex } from '../document';
import { formatIsoWeek, parseDay } from './calendar';

// ("the same day they air": a day told by the clause after it, every time; "That day they
// marched" is the narrative's)
const THAT_DAY = /(?<![\w-])(?:that(?:\s+same)?|the\s+same(?!\s+(?:day|week)\s+(?:they|he|she|it|we|you|I)\b))\s+(day|week)(?![\w-]|['’]s|\s+(?:as|that|when|which|of|before|after|has|have|had|is|was|will|would|comes|came)\b)/gi;
const SAYING_BEFORE = /\b(?:says|said|say|adds|added|believes|believed|thinks|thought|notes|noted|claims|claimed|reports|reported|announced|confirmed|shows|showed|means|meant)\s+$/i;
const DAY_VALUE = /^(\d{4}-\d{2}-\d{2})(?:$|T)/;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
const WEEK_VALUE = /^\d{4}-W\d{2}$/;
const DAY_TOLD = /\b(?:the|a)\s+(?:day|week)\b(?!\s+(?:before|after|later|earlier)\b)/i;
// how far back the date may stand: a few sentences (as thatYear.ts)
const REACH = 600;

export function daysNamedAgain(text: string, timexes: readonly Timex[]): Timex[] {
  if (!/\b(?:that|same)\s+(?:day|week)\b/i.test(text)) return [...timexes];
  const added: Timex[] = [];
  let k = 0;
  let last: Timex | null = null;
  THAT_DAY.lastIndex = 0;
  for (let m = THAT_DAY.exec(text); m; m = THAT_DAY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    for (; k < timexes.length && timexes[k].start < end; k++) {
      const t = timexes[k];
      if ((t.type === 'DATE' || t.type === 'TIME') && t.end <= start && (DAY_VALUE.test(t.value) || MONTH_VALUE.test(t.value) || WEEK_VALUE.test(t.value))) last = t;
    }
    const held = k > 0 && timexes[k - 1].end > start;
    if (held || !last || start - last.end > REACH || SAYING_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // ("won today, on the anniversary of the day the first immigrants landed. The ship brought
    // them that day": a day told by its happening since the last date is the one named again)
    if (DAY_TOLD.test(text.slice(last.start, start))) continue;
    const value = valueOf(m[1].toLowerCase() as 'day' | 'week', last.value);
    if (value) added.push({ start, end, text: m[0], type: 'DATE', value });
  }
  return added.length ? [...timexes, ...added].sort((a, b) => a.start - b.start) : [...timexes];
}

/** The value "that day" / "that week" takes from the last date's value, or null. */
function valueOf(unit: 'day' | 'week', last: string): string | null {
  const day = DAY_VALUE.exec(last)?.[1];
  if (unit === 'day') return day ?? (MONTH_VALUE.test(last) ? last : null);
  if (day) return formatIsoWeek(parseDay(day));
  return WEEK_VALUE.test(last) ? last : null;
}
