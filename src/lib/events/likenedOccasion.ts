// "As in 2019, the festival sold out", "As with last year's vote, turnout was low", "Unlike last
// spring, the river stayed in its banks": an opening phrase of likeness or contrast names another
// occasion the news is set beside; its date is that occasion's, and the news is told after the
// comma. (What follows the comma keeps its own date: "As in 2019, the vote is set for June 5".)
// Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import type { Span } from '../analysis';

// the phrase opens its sentence (or follows a quote's opening mark) and runs up to the date
// ("As for the draw last night, ..." is about the draw, no likeness)
const OPENING = /(?:^|[.!?]["”’]?\s+|\n)\s*["“‘]?(?:(?:just|much)\s+)?(?:as\s+(?:in|with|during|at|on|was\s+the\s+case\s+(?:in|with))|(?:un)?like(?:\s+(?:in|with|during|at|on))?)\s+[^,;:.!?()—–]{0,80}$/i;
// ... and closes with a comma soon after it
const CLOSED = /^[^,;:.!?()—–]{0,40},/;

/** Whether `timex` dates the occasion an opening "As in ...," or "Unlike ...," likens the news to. */
export function likenedOccasion(text: string, statement: Span, timex: Timex): boolean {
  const lead = text.slice(Math.max(0, Math.min(statement.start, timex.start - 120)), timex.start);
  return OPENING.test(lead) && CLOSED.test(text.slice(timex.end, timex.end + 42));
}
