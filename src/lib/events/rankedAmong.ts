// A thing ranked among others of a period reaching to now: "one of our best games this year",
// "one of the deadliest attacks in the past decade", "among the busiest weekends this year". The
// period is the ranking's frame, not when anything happened; the thing itself is dated elsewhere
// or not at all. Only where the ranking closes its clause: "one of the biggest protests this year
// took place on Monday" tells a happening after it. Must not know about labels, statuses or how
// timexes were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

// (named one by one: a catch-all "-est" would take "one of the protest marches this year")
const SUPERLATIVE = String.raw`(?:best|worst|biggest|largest|greatest|highest|lowest|smallest|deadliest|bloodiest|strongest|weakest|fastest|slowest|hottest|coldest|warmest|wettest|driest|busiest|costliest|sharpest|steepest|longest|shortest|heaviest|toughest|hardest|finest|sharpest|newest|oldest|youngest|richest|poorest|cheapest|safest|fiercest|loudest|brightest|darkest|earliest|latest|quietest|wildest|worst-ever|best-ever|most\s+[a-z]+|least\s+[a-z]+)`;
const AMONG = new RegExp(String.raw`\b(?:one\s+of|among|two\s+of|three\s+of)\s+(?:the|our|their|its|his|her|my|your)\s+${SUPERLATIVE}\s+(?:[\w’'-]+\s+){1,3}?(?:so\s+far\s+)?(?:(?:in|of|over|during)\s+)?$`, 'i');
// a period reaching to now: "this year", "the past decade", "recent years"
const FRAME = /^(?:(?:this|the\s+past|the\s+last)\s+(?:\w+\s+)?(?:years?|seasons?|months?|weeks?|decades?|century)|recent\s+(?:years|months|weeks|memory)|(?:19|20)\d\d)$/i;
// the ranking closes its clause
const CLOSES = /^\s*(?:[.,;:!?"”’)—–]|$|\s+(?:and|but|so|as|after|since)\b)/;

/** Whether `timex` is the frame of a ranking among others. */
export function rankedAmong(text: string, statement: Span, timex: Timex): boolean {
  return FRAME.test(timex.text.trim()) && AMONG.test(text.slice(Math.max(statement.start, timex.start - 80), timex.start)) && CLOSES.test(text.slice(timex.end, timex.end + 8));
}
