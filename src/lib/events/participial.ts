// A leading participle phrase: "Founded in 1998, the company employs 4,000 people", "Having
// lost the vote in March, the party regrouped". News fronts background this way; the phrase's
// subject is the main clause's. A date inside the phrase dates the phrase ("The company was
// founded"); a date in the main clause dates the main clause alone. Must not know about dates
// beyond the spans it is given.
import type { Span } from './sentences';

export interface ParticipleParts {
  /** The phrase ("Founded in 1998"), its comma left out. */
  phrase: Span;
  /** The main clause ("the company employs 4,000 people"), or where it starts when the
   * statement stops at the phrase (a clause cut between two dates): then it runs on. */
  main: Span;
  /** Whether the main clause lies beyond the statement. */
  mainOutside: boolean;
  /** The auxiliary the phrase takes once it has a subject: "was" (passive) or "had" ("Having ..."). */
  kind: 'passive' | 'perfect';
}

// Past participles that open news sentences; "-ed" words are matched by form, irregular ones
// listed. Lower-case words follow it ("Alfred Smith, ..." is a name). The phrase ends at its first comma and the main clause opens on a lower-case word
// or a capitalised subject.
const PHRASE = /^\s*(?:(Having)\s+[a-z]+|(?:[A-Z][a-z]+ed|Built|Born|Written|Chosen|Made|Held|Founded|Known|Sold|Won|Seen|Taken|Given|Begun|Drawn|Shown|Grown|Elected))\b(\s+[a-z][^,;]{0,100}),(?:\s+(?=[A-Za-z])|\s*$)/;
// Capitalised -ed words that are not participles opening a phrase
const NOT_PARTICIPLE = /^(?:Ted|Fred|Ned|United|Red|Bed|Shed|Need|Speed|Reed|Creed|Seed|Weed|Ahmed|Mohammed|Muhammed)$/;

// "Besieged energy giant BP aims to fix the well by July 27, ...", "Embattled chairman Jan Roe
// said on Monday ...": a name and its finite verb inside the "phrase" make it the clause itself,
// its opening participle an adjective of the subject.
const NAMED_SUBJECT_VERB = /\b\p{Lu}[\p{L}.'’-]*\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|says|told|tells|\p{Ll}+s\s+to)\b/u;

export function participleParts(text: string, clause: Span): ParticipleParts | null {
  const s = text.slice(clause.start, clause.end);
  const m = PHRASE.exec(s);
  // (not a name's verb inside the phrase's own object clause: "Asked if Diana would be alive ...")
  if (!m || NAMED_SUBJECT_VERB.test((m[2] ?? '').split(/\b(?:if|whether|that|who|which|when|where|how|why|what)\b/)[0])) return null;
  const first = /\S+/.exec(s)![0];
  if (NOT_PARTICIPLE.test(first)) return null;
  const lead = s.length - s.trimStart().length;
  const comma = m[0].lastIndexOf(',');
  return {
    phrase: { start: clause.start + lead, end: clause.start + comma },
    main: clause.start + m[0].length < clause.end
      ? { start: clause.start + m[0].length, end: clause.end }
      : { start: clause.end, end: Math.min(text.length, clause.end + 200) },
    mainOutside: clause.start + m[0].length >= clause.end,
    kind: m[1] ? 'perfect' : 'passive',
  };
}
