// "I didn't want to spend the next 10 years still struggling", "I don't have to be told the same
// thing every day for the next eight years", "we don't need to hire anyone next year": what a
// speaker does not want, or does not need or have to do, is not done; the date inside that
// clause dates nothing that happened or is planned. A date before the negation ("the club, after
// clashes this season, does not want to take chances") is the clause's own, and a limit ahead ("do
// not have to pay until 2025") is when something falls due: both keep their dates. Must not know
// about labels, statuses or how timexes were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

// the negated want or need, then the clause it governs, no stop, comma or "but" before the date
// ("told the same thing and the same words every day for the next eight years": an "and" without
// a comma joins words of the clause)
const UNWANTED = /\b(?:do|does|did)(?:n['’]t|\s+not)\s+(?:want|need|have)\s+to\s+(?:(?!but\b|though\b|although\b)[^.;:!?,“”"])*$/i;
const LIMIT = /\b(?:until|till|before|by|after)\s+(?:the\s+)?$/i;

/** Whether `timex` stands in the clause of a want or a need denied. */
export function unwanted(text: string, statement: Span, timex: Timex): boolean {
  const lead = text.slice(Math.max(statement.start, timex.start - 100), timex.start);
  return UNWANTED.test(lead) && !LIMIT.test(lead);
}
