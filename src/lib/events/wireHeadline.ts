// A wire story's headline: "BRAZIL'S TRADE SURPLUS DOUBLED IN FEBRUARY" on its own line, in
// capitals, with the copy's dateline opening the next ("RIO DE JANEIRO, March 16 - ..."). The
// wire sets every headline in capitals, so a date in it is no rubric's or kicker's ("IT'S
// TUESDAY —", nameWord.ts inCapitals): it dates the headline's news, as the copy's first
// sentence does. Must not know about labels or statuses.
import type { Timex } from '../document';
import { MONTH_WORD } from '../temporal/calendar';

// "LONDON, June 18 - ", "CINCINNATI, Ohio, March 25 - ", "KUALA LUMPUR, Oct 19 - ", and the
// city as a desk may key it in lower case, "Milan, April 7 - " (the month and day, then the
// dash, still make it the copy's dateline)
const DATELINE_OPENING = new RegExp(String.raw`^\s*(?:\p{Lu}[\p{Lu}\s.'’-]*|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),\s+(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?,\s+)?${MONTH_WORD}\s+\d{1,2}\s+-`, 'u');

/** Whether `timex` stands in a wire headline: a line in capitals of four words or more, with no
 *  colon to make it a rubric, that the copy's dateline follows. */
export function inWireHeadline(text: string, timex: Timex): boolean {
  const start = text.lastIndexOf('\n', timex.start - 1) + 1;
  const newline = text.indexOf('\n', timex.end);
  const line = text.slice(start, newline < 0 ? text.length : newline);
  if (newline < 0 || /\p{Ll}|:/u.test(line) || line.trim().split(/\s+/).length < 4) return false;
  return DATELINE_OPENING.test(text.slice(newline + 1, newline + 60));
}
