// A non-restrictive relative clause between a subject and its verb: "The strike, which began on
// Monday, will end on Friday." News packs a second fact about the subject into it. The
// relative clause's subject is its head noun ("The strike began"); the main clause resumes
// that subject ("The strike will end"). Must not know about dates beyond the spans it is given.
import type { Span } from './sentences';
import { opensOnFiniteVerb } from './subject';

export interface RelativeParts {
  /** The head noun phrase ("The strike"). */
  head: Span;
  /** The relative clause without its pronoun ("began on Monday"). */
  relative: Span;
  /** The main clause's predicate ("will end on Friday"), or null when the clause stops there. */
  main: Span | null;
}

// A capitalised head without commas, ", which|who" followed by a lower-case word (the clause's
// verb, checked by the caller: "which voters rejected" has a subject of its own), the relative
// clause up to its comma (a number's comma, "40,000", stays in), then a predicate opening in
// lower case (a verb), or the clause's end. Disjoint one-character alternatives: linear.
const RELATIVE = /^(\s*[“"]?[A-Z][^,;:“”"()]{1,60}?),\s+(?:which|who)\s+([a-z](?:[^,;“”"]|,(?=\d)){2,160}?)(?:,\s+(?=[a-z])|[,.]?\s*$)/;

export function relativeParts(text: string, clause: Span): RelativeParts | null {
  const s = text.slice(clause.start, clause.end);
  const m = RELATIVE.exec(s);
  // "which voters rejected": the relative clause has a subject of its own
  if (!m || !opensOnFiniteVerb(m[2])) return null;
  const headStart = clause.start + (m[1].length - m[1].trimStart().length);
  const relativeStart = clause.start + m[0].indexOf(m[2], m[1].length);
  const rest = clause.start + m[0].length;
  return {
    head: { start: headStart, end: clause.start + m[1].length },
    relative: { start: relativeStart, end: relativeStart + m[2].length },
    main: rest < clause.end && /[A-Za-z]/.test(text.slice(rest, clause.end)) ? { start: rest, end: clause.end } : null,
  };
}

/**
 * The head and one predicate joined as one text ("The strike" + "began on Monday"), with the
 * spans to drop moved to where they fall in it.
 */
export function joinPredicate(text: string, head: Span, predicate: Span, drop: Span[]): { text: string; drop: Span[] } {
  const h = text.slice(head.start, head.end);
  const joined = `${h} ${text.slice(predicate.start, predicate.end)}`;
  const moved: Span[] = [];
  for (const d of drop) {
    if (d.start >= head.start && d.end <= head.end) moved.push({ start: d.start - head.start, end: d.end - head.start });
    else if (d.start >= predicate.start && d.end <= predicate.end) {
      const shift = h.length + 1 - predicate.start;
      moved.push({ start: d.start + shift, end: d.end + shift });
    }
  }
  return { text: joined, drop: moved };
}
