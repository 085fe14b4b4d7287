// "Today, women create and lead a growing number of businesses", "Today the company is valued at
// more than $1bn": a sentence that opens on "Today" and goes on in the plain present sets the way
// things stand now against the past the story has told ("it began with two staff; today it employs
// 700"). Feature, business and profile copy writes "today" there as "nowadays": nothing happens on
// the day. A past ("Today, the service said"), a progressive ("Today rescuers are searching"), a
// future or a modal ("Today, the probe will fire its thrusters"), a plan's "is to", "Today" as the
// subject ("Today is the deadline", "Today marks ...") and the day's own news ("Today's losses
// mean ...") keep the day. Must not know about labels,
// statuses or how timexes were found.
import { firstVerbGroup, type Span, type Word } from '../analysis';
import type { Timex } from '../document';

// nothing but an opening quote before "Today" in its sentence
const OPENS_SENTENCE = /^[\s“"‘']*$/;

/** Whether `timex` is a sentence's opening "Today" before a state in the plain present. */
export function presentToday(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!/^today$/i.test(timex.text) || !OPENS_SENTENCE.test(text.slice(statement.start, timex.start))) return false;
  // ("Today's losses mean ...": the day's own happening, named by its possessive)
  if (/^['’]s\b/.test(text.slice(timex.end, timex.end + 3))) return false;
  const words = wordsOf().filter((w) => w.start >= timex.end && w.end <= statement.end && w.end > w.start);
  const group = firstVerbGroup(words, timex.end, statement.end);
  if (!group || !isPresent(group.first) || /^to$/i.test(words[words.indexOf(group.first) - 1]?.text ?? '')) return false;
  // a subject stands between "Today" and its verb ("Today is ...": the day is the subject)
  if (!words.some((w) => w.end <= group.first.start && /\p{L}/u.test(w.text))) return false;
  const inGroup = words.filter((w) => w.start >= group.first.start && w.end <= group.end);
  if (inGroup.some((w) => w.form === 'gerund' || /ing$/i.test(w.text) || w.pos === 'modal')) return false;
  // ("Today, the bank has closed its last branch": a present perfect tells what was just done)
  if (/^(?:has|have)$/i.test(group.first.text) && inGroup.length > 1) return false;
  return !/^(?:is|are|am)\s+(?:\S+\s+)?to\b/i.test(group.text);
}

// the plain present: "is", "are", "has", "employs", and a plural's "grow" (which the part-of-speech
// tagger reads as an infinitive: no "to" stands before it here)
function isPresent(w: Word): boolean {
  if (w.pos === 'modal') return false;
  return /^(?:is|are|am|has|have|does|do)$/i.test(w.text) || w.form === 'present' || (w.pos === 'verb' && w.form === 'infinitive');
}
