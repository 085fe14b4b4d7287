// A restrictive relative clause on an object: "ending a standoff that began in June when the
// mayor vetoed the draft", "criticised the law that took effect in January". When the date sits
// in the relative clause it dates the head noun's event, not the main verb's: the statement is
// "A standoff began when the mayor vetoed the draft". Subject-position heads ("The ferry that
// sank on Tuesday carried ...") are left to the main clause, because a restrictive clause has no
// comma to say where it ends. Must not know about dates beyond the spans it is given.
import type { Span } from './sentences';
import { opensOnFiniteVerb } from './subject';

// A determiner, up to three modifiers and a noun, then that/which/who and a lower-case word.
// Each word is one run of letters, so the match is linear; the caller limits the window.
// ("removed the cap Saturday that had been placed ...": the main verb's day may stand between
// the head and its pronoun)
const HEAD = /\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that|which|who)\s+(?=[a-z])/g;
const PRONOUN = /\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that|which|who)\s+$/;
const COPULA = /\b(?:is|are|was|were|be|been|being|became|become|remains|remained)\s+$/;
// Where the relative clause ends: a clause joint or the end.
const END = /[,;:]\s|\s[—–]\s/;

export interface RestrictiveParts {
  /** "a standoff" */
  head: Span;
  /** "began in June when the mayor vetoed the draft" */
  relative: Span;
}

/** The object relative clause of `clause` that holds `at` (a date's offset), or null. */
export function restrictiveParts(text: string, clause: Span, at: number): RestrictiveParts | null {
  const from = Math.max(clause.start, at - 200);
  const before = text.slice(from, at);
  let found: RegExpExecArray | null = null;
  HEAD.lastIndex = 0;
  for (let m = HEAD.exec(before); m; m = HEAD.exec(before)) found = m;
  if (!found) return null;
  let headStart = from + found.index;
  const pronoun = PRONOUN.exec(found[0])!;
  const headEnd = headStart + pronoun.index;
  // "the calls of Iranian protesters who took to rooftops": "who" is said of people, the
  // nearest noun after "of"
  const of = /\s(?:of|from|among)\s+(?!the\b|a\b|an\b)/.exec(found[0].slice(0, pronoun.index));
  const personal = /\swho\s+$/.test(found[0]);
  const relStart = headStart + found[0].length;
  // The head must not open the clause (a subject), and no clause joint may lie between the
  // relative pronoun and the date.
  if (!/[a-z]/.test(text.slice(clause.start, headStart)) || END.test(text.slice(relStart, at))) return null;
  // "was the last of many which took place": a head after "be" names the subject itself, whose
  // clause the date belongs to
  if (COPULA.test(text.slice(Math.max(clause.start, headStart - 12), headStart))) return null;
  if (!opensOnFiniteVerb(text.slice(relStart, Math.min(clause.end, relStart + 40)))) return null;
  if (personal && of) headStart += of.index + of[0].length;
  const tail = text.slice(relStart, clause.end);
  // "a survey that began in August should be ready ...": after the date, the main clause's own
  // verb group ends the relative clause ("a woman who auditioned in 1968 when she was a student":
  // a verb with a subject of its own before it is a clause inside the relative one, not the main)
  const stop = /[,;:]\s|\s[—–]\s|(?<!\b(?:he|she|it|they|we|i|you|there))\s(?:and\s+)?(?=(?:should|will|would|could|can|may|might|must|is|are|was|were|has|have|had)\s)/.exec(tail.slice(at - relStart));
  const relEnd = stop ? at + stop.index : clause.end;
  return { head: { start: headStart, end: headEnd }, relative: { start: relStart, end: relEnd } };
}
