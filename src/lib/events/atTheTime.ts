// "Microsoft acquired GitHub last year. GitHub CEO Nat Friedman said at the time that the team
// would be focused on ...", "In September, the Justice Department wrote to the court ... The
// Justice Department said at that time it wanted to be separated from ...": a saying told "at the
// time" is dated by the happening the story told just before — news goes back to quote what was
// said then. Only a saying (a past verb of saying right before the words, or, with the words
// fronted, in their clause: "At the time, the mayor said ..."); "at the time" with a state ("was
// very young at the time", "Capacity at the time: 75,000", "At the time, the price increase was
// driven by ...") or as a noun's ("the union's leadership at the time") tells no happening of its
// own, and "at the time of the birth" names its own time. The date itself is the caller's: the
// last dated event of the sentences just before. Must not know about labels or statuses.
import type { Span } from '../analysis';

const SAID = String.raw`(?:said|told\s+(?:reporters|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)|wrote|added|announced|stated|explained|noted|declared|insisted|argued|warned|tweeted|claimed|commented|conceded|acknowledged|admitted|predicted|promised|vowed)`;
const AT_THE_TIME = String.raw`at\s+(?:the|that)\s+time(?!\s+of\b)(?![\w-])`;
// "Friedman said at the time that ...", "said at that time it wanted ..."
const AFTER_SAYING = new RegExp(String.raw`\b${SAID}\s+(${AT_THE_TIME})`, 'i');
// "At the time, the mayor said ..." (the saying in the clause the words open)
const FRONTED = new RegExp(String.raw`^\s*(${AT_THE_TIME})\s*,\s*[^.;:!?]{1,80}?\b${SAID}\b`, 'i');

/** Where "at the time" stands in a saying told then (`span`: the statement), or null. */
export function saidAtTheTime(text: string, span: Span): Span | null {
  const statement = text.slice(span.start, span.end);
  const m = AFTER_SAYING.exec(statement) ?? FRONTED.exec(statement);
  if (!m) return null;
  const start = span.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
