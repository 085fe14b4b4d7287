// The far side of a comparison news tells with a multiple, a record or a list of bases: "nearly
// double what it was at the start of 2019", "six times as much as the storm of 1998 dumped",
// "below the all-time high price recorded in May 2011", "the biggest since a 20-cent rise in June
// 2005", "the first rookie to do it since Jim Brown in 1958", "compared with 4.1 pct in March and
// 3.8 pct in April 2019", "up 9 cents from the previous survey three weeks earlier", "from the
// forecast 2019 deficit of 40 billion". The date says when the yardstick was set; the news is the
// figure or the feat measured against it, dated elsewhere or not at all.
// (notEvents.ts holds the shorter leads; these reach further back, past the yardstick's own words.)
// Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import type { Span } from '../analysis';

const LEAD = 140;
const FIGURE = String.raw`[$€£¥]?\s?\d[\d.,]*\s*(?:%|pct\b|percent\b|per\s+cent\b|[a-z]+\b)?`;

// "double what it was in 2019", "twice where it stood last spring": a multiple's other side, told
// as the clause of what the figure was then
const MULTIPLE_WHAT = /\b(?:double|twice|triple|treble|quadruple|half)\s+(?:what|where)\s+(?:it|they|he|she|we|this|that|\w+s)\s+(?:was|were|stood|had\s+been|used\s+to\s+be)\s+(?:(?:in|on|at|during|back\s+in)\s+)?(?:the\s+)?$/i;
// "16 times as much as the barrels spilled in 1989", "twice as many visitors as in 2019": the
// multiple's other side, however many words it takes ("as much as 40%" alone is a ceiling: only a
// multiple makes it a comparison)
const TIMES_AS = /\b(?:(?:\d[\d.,]*|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times|twice|half)\s+as\s+[a-z]+\s+(?:[a-z]+\s+)?as\b(?:[^.;:!?,]|,(?=\d)){0,100}$/i;
// "below the all-time high price recorded in July 2008", "off its record close set on March 3": an
// extreme named by its noun and the day it was recorded
const RECORDED_EXTREME = /\b(?:from|since|below|above|off|under|near|than|beyond|past|shy\s+of)\s+(?:its|their|the|his|her|a|an)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|low|record|top|trough|best|worst)s?\s+(?:[\w-]+\s+)?(?:recorded|set|reached|seen|hit|posted|registered|touched)\s+(?:(?:in|on|at|during|back\s+in)\s+)?(?:the\s+)?$/i;
// "down from a record of 3.39 times income that was reported in May", "below the peak of 7.1 pct
// which was reached in 2019": the same extreme with its figure, told in a relative clause (both
// months of "in July and August")
const RECORD_OF_FIGURE = /\b(?:from|since|below|above|off|under|near|than|beyond|past|shy\s+of)\s+(?:its|their|the|his|her|a|an)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|low|record|top|trough)s?\s+of\s+(?:[^.;:!?,]|\.(?=\d)){1,40}?\s+(?:that|which)\s+(?:was|were|had\s+been)\s+(?:recorded|set|reached|seen|hit|posted|registered|touched|reported)\s+(?:(?:in|on|at|during|back\s+in)\s+)?(?:the\s+)?(?:\p{Lu}\p{Ll}+\.?\s+(?:and|or|to)\s+)?$/iu;
// "half the rate seen just three months earlier", "double the level recorded in 2019": a
// multiple's other side, a figure named by its noun and when it was seen
const MULTIPLE_SEEN = /\b(?:double|twice|triple|treble|quadruple|half|(?:two|three|four|five|ten)\s+times)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:size|number|amount|level|length|rate|pace|price|figure|total|volume|value|speed|count)\s+(?:seen|recorded|reached|set|posted|reported|registered|achieved)\s+(?:(?:just|only|about|some|nearly|almost)\s+)?(?:(?:in|on|at|during|back\s+in)\s+)?(?:the\s+)?$/i;
// "the biggest since a 38-cent hike in 2005": a yardstick set by a happening of its kind, named
// with its article; "the first rookie to lead the league since Jim Brown in 1958": set by a holder
// named after "since" (the holder's capitals are read case by case below)
const RANKED = /\b(?:first|only|biggest|largest|highest|lowest|worst|best|sharpest|steepest|longest|strongest|weakest|most|least)\b[^.;]{0,70}?\bsince\s+/i;
// (both ends of the happening's span: "since a 38-cent hike between August and September 2005")
const SINCE_HAPPENING = /\bsince\s+(?:a|an)\s+(?:[\w$.,’'-]+\s+){1,4}?(?:(?:in|on|between|during|from)\s+|(?:between|from)\s+(?:[\w.,’'-]+\s+){1,3}(?:and|to)\s+)$/i;
const SINCE_HOLDER = /\bsince\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}(?:in|during|back\s+in)\s+$/u;
// "compared with 13.9 pct in December and 10.2 pct in January 1986": the second of two bases
// joined by "and" is a base as the first is
const SECOND_BASE = new RegExp(String.raw`\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?)\s+(?:[^.;:!?,]|,(?=\d)){1,90}?\band\s+${FIGURE}\s+(?:(?:in|on|during|for)\s+)?$`, 'i');
// "an increase of 32.7 cents from the last survey two weeks earlier": a change measured from the
// reading before, dated by when that reading was taken
// (a figure's decimal point is no sentence's end: "an increase of 32.7 cents from ...")
const FROM_LAST_READING = /\b(?:increase|decrease|rise|fall|drop|gain|loss|decline|jump|up|down|higher|lower)\b(?:[^.;]|\.(?=\d)){0,50}?\bfrom\s+(?:the|its|their|a)\s+(?:previous|last|prior|earlier|preceding)\s+(?:survey|report|reading|poll|count|estimate|forecast|tally|release|data)\s+$/i;
// "to 115 billion francs from the forecast 1987 deficit of 129 billion": a base figure named by its
// year before its noun and its amount after
const BASE_LEAD = /\b(?:from|than|against|compared\s+(?:with|to))\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?$/i;
const BASE_AFTER = /^\s+(?:[a-z-]+\s+){1,2}of\s+[$€£¥]?\s?\d/i;

/** Whether `timex` dates the far side of a comparison told with a multiple, a record or a list
 * of bases (see above): no event. */
export function yardstickSide(text: string, statement: Span, timex: Timex): boolean {
  const lead = text.slice(Math.max(statement.start, timex.start - LEAD), timex.start);
  if (MULTIPLE_WHAT.test(lead) || MULTIPLE_SEEN.test(lead) || TIMES_AS.test(lead) || RECORDED_EXTREME.test(lead) || RECORD_OF_FIGURE.test(lead) || SECOND_BASE.test(lead) || FROM_LAST_READING.test(lead)) return true;
  if (RANKED.test(lead) && (SINCE_HAPPENING.test(lead) || SINCE_HOLDER.test(lead))) return true;
  return BASE_LEAD.test(lead) && BASE_AFTER.test(text.slice(timex.end, timex.end + 40));
}
