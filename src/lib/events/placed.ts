// The event of a happening placed by a count (countedFrom.ts): its clause's gist as the label,
// past or projected by its days. Must not know how the count was read.
import type { TimelineEvent } from '../document';
import type { Span } from '../analysis';
import type { CountedFrom } from './countedFrom';
import { readCues } from './cues';
import { makeLabel } from './label';
import { readWords } from '../analysis/words';
import { namedInClause } from './subordinate';
import { modalityOf, statusOf } from './status';

export function placedEvent(text: string, sentence: Span, p: CountedFrom, published: string): TimelineEvent | null {
  const gist = makeLabel(text, p.clause, []);
  if (!gist) return null;
  // "Oscar Ruiz won on Sunday, two days after he crashed in Lyon": the placed clause goes on
  // with a pronoun for the main clause's subject, as a conjunction's clause does
  // (subordinate.ts); only the sentence's own words are read, so a pronoun they do not name stays
  // (an owner's "her friend" may be anyone's: "X's death ... a day after her friend died")
  const words = () => readWords(text, sentence.start, p.clause.start);
  const label = /^(?:He|She|It|They)\s/.test(gist) ? (namedInClause(text, { start: p.clause.start, label: gist }, sentence.start, words, () => null, () => []) ?? gist) : gist;
  const cues = readCues(text.slice(p.clause.start, p.clause.end));
  const status = statusOf(p.range, published.slice(0, 10), cues);
  const modality = modalityOf(status, cues);
  return {
    id: `e-${sentence.start}-c${p.words.start}`,
    label,
    status,
    ...(modality ? { modality } : {}),
    when: { timex: p.range.start, start: p.range.start, end: p.range.end, granularity: p.range.granularity, text: text.slice(p.words.start, p.words.end) },
    source: { start: sentence.start, end: sentence.end },
  };
}
