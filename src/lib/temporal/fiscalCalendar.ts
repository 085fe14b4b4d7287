// A company's fiscal calendar told as a standing fact: "Oracle, whose fiscal year ends May 31",
// "the bank's financial year begins on April 1", "its fiscal year ends in September". The day or
// month recurs every year and names no date of the story; TimeML writes it with the year left open
// (XXXX-05-31), as the habit of a calendar. Only the present of ending or beginning is such a
// fact: "its fiscal year ended June 30" is the year just closed, a date of its own. Only values
// change; spans, order and count stay.
import type { Timex } from '../document';

const STANDING =
  /\b(?:[Ww]hose|[Ii]ts|[Tt]heir|[A-Z][\w.&-]*['\u2019]s)\s+(?:fiscal|financial|business|accounting)\s+year\s+(?:ends|begins|starts|closes|runs\s+(?:to|through|until))\s+(?:on\s+|in\s+)?$/;
// ("The school year normally ends late in June", "the monsoon usually arrives in June": any
// calendar's recurring day or month told with a word of habit and a present of ending, beginning
// or arriving is such a fact too)
const HABITUAL =
  /\b(?:usually|normally|typically|generally|traditionally|always|often)\s+(?:ends|begins|starts|opens|closes|finishes|runs\s+(?:to|through|until)|arrives|comes|falls|peaks)\s+(?:on\s+|in\s+)?$/;
const DAY_OR_MONTH = /^\d{4}-(\d{2}(?:-\d{2})?)$/;

export function fiscalCalendarDays(text: string, timexes: Timex[]): Timex[] {
  const one = (t: Timex, _i: number): Timex => {
    const m = t.type === 'DATE' && !/\d{4}/.test(t.text) ? DAY_OR_MONTH.exec(t.value) : null;
    if (!m || !(STANDING.test(text.slice(Math.max(0, t.start - 70), t.start)) || HABITUAL.test(text.slice(Math.max(0, t.start - 40), t.start)))) return t;
    return { ...t, value: `XXXX-${m[1]}` };
  };
  // (a loop, not timexes.map: the lists passed between the passes are all made by push, so that
  // V8's optimised code, which inlines the passes into tagTimexes, meets one kind of array)
  const out: Timex[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(one(timexes[i], i));
  return out;
}
