// A thing not done since a date: "an action not taken since 1951", "a feat not achieved since
// 1966", "scenes never witnessed since the 1980s". A noun followed by a negated participle and
// "since" measures the news against the last time: the date is the yardstick's far end, not a
// happening of the story. ("He has not been seen since Friday", with its auxiliary, tells a
// person's last sighting, and keeps its day.) Must not know about labels, statuses or how timexes
// were found.
import type { Span } from '../analysis';
import type { Timex } from '../document';

const AUXILIARY = String.raw`(?:has|have|had|is|are|was|were|be|been|do|does|did|will|would|could|can|may|might|should|must|shall)`;
// (not a sighting or a contact of someone missing: "a hiker not heard from since Sunday", "a teenager
// not located since Monday" tell when the person was last known of)
const PARTICIPLE = String.raw`(?!(?:heard|located|contacted|spotted|sighted|found|reached|traced)\b)(?:[a-z]+ed|seen|taken|done|held|won|known|given|made|shown|beaten|broken|run|felt|met|sung|worn|thrown|drawn|written|spoken|chosen|driven|ridden|flown|grown|begun|undertaken|overturned)`;
// a determiner opens the noun phrase, one to four words up to "not"/"never", none an auxiliary
const NOUN_NOT_SINCE = new RegExp(String.raw`\b(?:a|an|the|this|that|such|its|their|his|her)\s+(?:(?!${AUXILIARY}\b)[\w’'-]+\s+){1,4}?(?:not|never)\s+(?:(?:once|before|previously|again)\s+)?${PARTICIPLE}\s+(?:\w+\s+)?since\s+(?:the\s+)?$`, 'i');

/** Whether `timex` is when a thing was last done, set against the news. */
export function notSince(text: string, statement: Span, timex: Timex): boolean {
  return NOUN_NOT_SINCE.test(text.slice(Math.max(statement.start, timex.start - 90), timex.start));
}
