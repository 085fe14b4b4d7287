// A year before a noun that names a happening done once, which nameYear.ts would otherwise read
// as a name: "in a 2016 deposition", "a 2003 council resolution", "his 1925 inaugural address",
// "after the devastating 2019 wildfire", "the 1978 repairs"; and a study told by what it found
// ("A 2011 study published in the journal found ...", "according to a 2009 analysis"). News dates
// such a thing by its year: a deposition is given, a resolution passed, a study published once.
// A study only cited as a source of figures keeps nameYear.ts's reading ("in a 2011 Gallup
// survey, most farmers said ..."), and so does a report named as a kind of document ("her 2018
// disclosure report shows": a possessive's report covers the year). Must not know about labels,
// statuses or how timexes were found.
import type { Timex } from '../document';
import type { Word } from '../analysis';
import { headNoun } from './nameYear';

// done once, whatever the sentence does with it
const ACT = /^(?:depositions?|testimon(?:y|ies)|resolutions?|wildfires?|bushfires?|forest\s?fires?|riots?|unrest|repairs|addresses|address)$/i;
// "address" is a place as often as a speech: only an inaugural, farewell or keynote one
const SPEECH_BEFORE = /\b(?:inaugural|farewell|keynote|commencement|televised|national)\s+$/i;
// a piece of research, dated by its finding when the sentence tells what it found
const FINDING_NOUN = /^(?:stud(?:y|ies)|surveys?|analys[ie]s|reports?|polls?|reviews?|audits?|papers?)$/i;
const FOUND = /^[^.;!?]{0,120}?\b(?:found|finds|showed|shows|suggested|suggests|concluded|concludes|estimated|estimates|revealed|reveals|determined|documented)\b/i;
// the research opens its sentence ("A 2011 study ...") or is the source a figure is told by
const OPENS = /(?:^|[.!?"“]\s*|\n\s*)$/;
const ACCORDING = /\baccording\s+to\s+$/i;

/** Whether the bare year `timex` stands before a noun that names a happening done once. */
export function namesHappening(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!/^\d{4}$/.test(timex.text)) return false;
  const words = wordsOf().filter((w) => w.end > w.start);
  const i = words.findIndex((w) => w.start >= timex.end);
  const head = i < 0 ? null : headNoun(words, i);
  if (!head) return false;
  // ("the 1973 War Powers Resolution": a capitalised head is a title's word, a name)
  if (ACT.test(head.text)) return /^\p{Ll}/u.test(head.text) && (!/^address(?:es)?$/i.test(head.text) || SPEECH_BEFORE.test(text.slice(timex.end, head.start)));
  // (a research piece not named before: "A 2011 study", not "her 2018 disclosure report")
  const article = /\b(an?)\s+(?:[a-z-]+\s+)?$/i.exec(text.slice(Math.max(0, timex.start - 30), timex.start));
  if (!article || !FINDING_NOUN.test(head.text)) return false;
  const articleStart = timex.start - article[0].length;
  const before = text.slice(Math.max(0, articleStart - 20), articleStart);
  return (OPENS.test(before) && FOUND.test(text.slice(head.end))) || ACCORDING.test(before);
}
