// "expand the investigation to the period after 2009", "the audit covers the years before 2007",
// "a look at the months since March": a stretch of time named by its bound is a thing the
// sentence is about — what an inquiry, a report or a ban reaches over — and the bound dates
// nothing that happened. The same stretch after a preposition of time ("in the years after 2008
// lending fell", "during the period before the vote") tells when the clause happened, and keeps
// its dates. Must not know about labels, statuses or how timexes were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

// the stretch and its bound: "the period after", "the two decades before", "the months since"
const STRETCH = String.raw`(?:the|a|that|this|those|these)\s+(?:(?:\w+|\d+)\s+)?(?:period|years|decades?|era|months|weeks|time|stretch|span|window)\s+(?:after|before|since|following|preceding|prior\s+to|leading\s+up\s+to)\s+(?:the\s+)?$`;
// what the stretch is the object of: a verb or a noun of reaching over, or a preposition that is
// no preposition of time ("to", "into", "at", "of", "about", "on")
const REACHED = new RegExp(String.raw`(?:\b(?:to|into|at|of|about|on|cover(?:s|ed|ing)?|span(?:s|ned|ning)?|examin\w*|review\w*|stud(?:y|ies|ied|ying)|investigat\w*|audit\w*|analy[sz]\w*|includ\w*|exclud\w*|revisit\w*)\s+)${STRETCH}`, 'i');

/** Whether `timex` bounds a stretch of time that is the object of the statement's words. */
export function boundedStretch(text: string, statement: Span, timex: Timex): boolean {
  return REACHED.test(text.slice(Math.max(statement.start, timex.start - 90), timex.start));
}
