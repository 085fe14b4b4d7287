// "In 2018, no one could have predicted the surge", "Last spring we might have won it": a date
// that opens a clause of what could (not) have been dates no happening; the clause tells a
// possibility that was not taken, or one nobody saw. (A date after the modal, "could not have
// done it in 2010", is notEvents.ts's HYPOTHETICAL.)
// Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import type { Span } from '../analysis';

/** "could have predicted", "might not have been told", "couldn't have known": what could (not)
 *  have been; notEvents.ts's HYPOTHETICAL reads the same group before a date. */
export const MODAL_PERFECT = String.raw`(?:might|could)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+)?\w+(?:ed|en|n|t)`;

// the clause after the date: up to three words of subject, then the modal perfect
// ("no one could have predicted", "we might not have survived", "they couldn't have known"; a
// saying between, "On Monday, police said they could not have ...", dates the saying, and stays)
const MODAL_PERFECT_AFTER = new RegExp(String.raw`^\s*,?\s*(?:(?!(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|claimed|claims|admitted|admits|conceded|believes?|thinks?|thought|knew|knows)\b)(?![\w’'-]+ed\s)[\w’'-]+\s+){1,3}?${MODAL_PERFECT}\b`, 'i');
// only a date that opens its statement, after at most a preposition ("In 2018, ...")
const OPENING = /^\W*(?:(?:in|on|at|by|back\s+in|during)\s+)?(?:the\s+)?$/i;

/** Whether `timex` opens a clause of what could (not) have been: no event. */
export function openedCounterfactual(text: string, statement: Span, timex: Timex): boolean {
  return OPENING.test(text.slice(statement.start, timex.start)) && MODAL_PERFECT_AFTER.test(text.slice(timex.end, Math.min(statement.end, timex.end + 60)));
}
