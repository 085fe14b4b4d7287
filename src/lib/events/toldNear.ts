// The words a dated statement told its happening with, for a later "a day after the interview",
// "an hour before Trump's tweet", "in the weeks following the election" to find it by: the
// statement's label, and the phrase its date stands in. News dates a happening by setting the
// date beside its noun ("in a radio interview on March 3", "the Nov. 8 election", "in a tweet on
// Tuesday") while the label keeps the clause's verb ("The bridge would close"); the noun is then
// what the story names again. Only the few words on either side of the date, within its clause:
// a word told in passing further off ("... formed a council in the hope that protests succeed")
// names no happening of this date. Must not know about statuses.
import type { Span } from '../analysis';

// the date's phrase: up to six words before it and three after, not across a clause's stop
const BEFORE = /(?:[^\s,;:.!?()—–"“”]+\s+){0,6}$/;
const AFTER = /^(?:\s+[^\s,;:.!?()—–"“”]+){0,3}/;
const FRONTED = 80;
// (a phrase opening its statement runs on past its comma to the clause's subject and verb)
const AFTER_OPENING = /^,?(?:\s+[^\s,;:.!?()—–"“”]+){0,4}/;

/** The label and the words beside the date `when` in the statement `source` of `text`. */
export function toldNear(text: string, source: Span, when: string | null, label: string): string {
  // (a date fronted before its clause, "In a tweet Tuesday morning, Trump said ...", stands
  // before the statement the label was made of)
  const from = Math.max(0, source.start - FRONTED);
  const words = text.slice(from, source.end);
  const inStatement = when ? words.indexOf(when, source.start - from) : -1;
  const at = inStatement >= 0 || !when ? inStatement : words.lastIndexOf(when, source.start - from);
  if (at < 0) return label;
  const before = BEFORE.exec(words.slice(0, at))?.[0] ?? '';
  // (and a date's phrase that opens the sentence runs on to the clause's own words: "In a tweet
  // Tuesday morning, Trump said ..." names who tweeted)
  const opening = inStatement >= 0 && BEFORE.exec(words.slice(source.start - from, at))?.index === 0;
  const rest = words.slice(at + when!.length);
  const after = inStatement < 0 ? words.slice(at + when!.length, source.start - from) : ((opening ? AFTER_OPENING : AFTER).exec(rest)?.[0] ?? '');
  return `${label} ${before}${when}${after}`;
}
