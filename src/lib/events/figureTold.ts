// A figure a result is measured against, told with the clause that made it: "falling just short
// of the 338-4 they scored in Sharjah in 1990", "beyond the 62 goals he netted in 2012",
// "matching the 8.1% it posted in 2021". Sport and business copy sets a new figure beside an old
// one and says when the old one was made; that date is the yardstick's, not a happening of the
// story. ("Below the 628 mln dlrs of February" is notEvents.ts's BELOW_FIGURE.) Must not know
// about labels, statuses or how timexes were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

// the word that sets one figure against another
const AGAINST = String.raw`(?:below|above|under|(?:just\s+|well\s+|narrowly\s+)?short\s+of|ahead\s+of|behind|beyond|past|surpass\w*|beat(?:s|ing)?|eclips\w*|exceed\w*|(?:break|breaks|breaking|broke)|equal\w*|match\w*|top(?:s|ping|ped)?)`;
// "the 338-4", "their 45 points", "the $1.2 billion", "the 8.1%"
const FIGURE = String.raw`(?:the|their|his|her|its)\s+(?:[$€£¥]\s?)?\d[\d.,:/-]*(?:\s*%|\s+(?:[a-z]+)){0,2}?`;
// "(that) they scored in Sharjah in", "it posted in", "he had netted during"
const MADE = String.raw`(?:(?:that|which)\s+)?(?:it|he|she|they|we|[A-Z][\w’'-]+)\s+(?:had\s+)?[a-z]+\s+(?:[\w’'-]+\s+){0,4}?(?:in|on|during|at)`;
const FIGURE_MADE = new RegExp(String.raw`\b${AGAINST}\s+${FIGURE}\s+${MADE}\s+(?:the\s+)?$`, 'i');

/** Whether `timex` dates the old figure a result is measured against. */
export function figureTold(text: string, statement: Span, timex: Timex): boolean {
  return FIGURE_MADE.test(text.slice(Math.max(statement.start, timex.start - 100), timex.start));
}
