// A change set "on" its base period: "a massive 93% rise on the previous year", "sales were up 12
// per cent on last year", "output fell 3pc on 2019". British and Commonwealth copy writes the base
// of a comparison with "on" where American copy writes "from" or "over"; the period is the base,
// not when anything happened. A day after "on" is when a change happened ("rose 2% on Tuesday"), so
// only a period counted back by year, quarter, month or week, or a bare year, is read so. Must not
// know about labels, statuses or how timexes were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

// a figure's change or a word of change, then "on" (a few words may stand between: "a 93% rise on")
const CHANGE_ON = /(?:\d\s*(?:%|per\s*cent\b|percent\b|pct\b|pc\b|points?\b)|\b(?:up|down|higher|lower|rise|rises|rose|increase|increased|fall|fell|drop|dropped|decline|declined|growth|grew|gain|gained|jump|jumped|improvement)\b)[^.;:!?]{0,25}?\s+on\s+$/i;
const BASE_PERIOD = /^(?:last\s+(?:year|quarter|month|week|season)|the\s+(?:previous|prior|preceding|same)\s+(?:year|quarter|month|week|period|season)(?:\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?|(?:a|one)\s+year\s+(?:ago|earlier|before)|the\s+year\s+(?:before|earlier)|(?:19|20)\d\d)$/i;

/** Whether `timex` is the base period a change is set "on". */
export function changeOnBase(text: string, statement: Span, timex: Timex): boolean {
  if (!BASE_PERIOD.test(timex.text.trim())) return false;
  // ("up 4% on last year's record": the base may be a thing of the period, still a base)
  return CHANGE_ON.test(text.slice(Math.max(statement.start, timex.start - 60), timex.start));
}
