// "Both suspects made brief initial appearances today in federal court to have lawyers
// appointed", "The minister signed the order today to let the ferries run": "today" after a
// plain past of its own clause dates that past — the day's news, told as done. The present or
// the infinitive after it belongs to a clause of its own (a purpose, a relative), and says
// nothing of the era the day word would otherwise stand for ("Today the rules are strict").
// Must not know about labels or statuses.
import type { Timex } from '../document';
import { verbGroupBefore, type Span, type Word } from '../analysis';

/** Whether `timex`, a "today", follows a plain past verb group of its statement with no stop between. */
export function doneToday(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!/^today$/i.test(timex.text)) return false;
  const words = wordsOf().filter((w) => w.end > w.start);
  // ("messages sent today could still be read": a verb right after the day word is the clause's
  // own, and the past before it a participle of its subject; "See QPR won again today": a
  // command to the reader opens the clause)
  const next = words.find((w) => w.start >= timex.end);
  if (next && next.start < statement.end && (next.pos === 'modal' || next.pos === 'auxiliary' || (next.pos === 'verb' && next.form !== 'infinitive'))) return false;
  const first = words.find((w) => w.start >= statement.start);
  if (first && first.pos === 'verb' && first.form === 'infinitive') return false;
  const group = verbGroupBefore(words, statement.start, timex.start);
  if (!group || /[,;:—–()“”"]/.test(text.slice(group.end, timex.start))) return false;
  // (a plain past: "made", "signed", "was sworn in"; not "is", "would"; read on the group's last
  // verb, a tagger may take a plural noun before it for a verb: "suspects made")
  const verbs = words.filter((w) => w.start >= group.first.start && w.end <= group.end && w.pos === 'verb');
  return verbs.length > 0 && verbs[verbs.length - 1].form === 'past' && !/\b(?:would|could|might|should|will|is|are|am)\b/i.test(group.text);
}
