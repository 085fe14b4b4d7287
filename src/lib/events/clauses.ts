// Clause spans inside one sentence, so that each date belongs to the statement it dates
// ("X happened last week, while Y is expected in March" is two statements). Must not know about
// dates, tense or labels. Every pattern is a literal alternation: linear in the sentence.
import type { Span } from './sentences';

// Boundaries where news prose starts a new statement: the delimiter's words go with the
// clause they introduce (its conjunction is dropped later, when labelling).
const BOUNDARY = /;\s*|\s+[—–]\s+|\s+--\s+|,\s+(?=[“"]?(?:while|whereas|but|although|though|and|yet|even as|meanwhile)\s)/gi;
// A leading concessive clause ("Although the summit failed to materialize, channels confirm
// ...") states a fact of its own: it ends at its first comma.
const CONCESSIVE = /^[“"‘]?(?:although|though|even though|whereas)\s[^,;]{3,200}?,\s+/i;

// ", and" joins clauses, but "Malaysia, Japan, and South Korea" is a list: an "and" boundary
// counts only when the clause before it holds no comma of its own.
function isListAnd(sentence: string, clauseStart: number, at: number, delimiter: string): boolean {
  if (!/^,\s+$/.test(delimiter) || !/^and\s/.test(sentence.slice(at + delimiter.length, at + delimiter.length + 4))) return false;
  return sentence.slice(clauseStart, at).includes(',');
}

/** Clause spans (absolute offsets) of the sentence text[span.start, span.end). */
export function splitClauses(text: string, span: Span): Span[] {
  const sentence = text.slice(span.start, span.end);
  const out: Span[] = [];
  let clauseStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    if (isListAnd(sentence, clauseStart, m.index, m[0])) continue;
    if (m.index > clauseStart) out.push({ start: span.start + clauseStart, end: span.start + m.index });
    clauseStart = m.index + m[0].length;
  }
  if (clauseStart < sentence.length) out.push({ start: span.start + clauseStart, end: span.end });
  return out.flatMap((c) => {
    const m = CONCESSIVE.exec(text.slice(c.start, c.end));
    return m && m[0].length < c.end - c.start ? [{ start: c.start, end: c.start + m[0].length }, { start: c.start + m[0].length, end: c.end }] : [c];
  });
}

// Weaker joints, used only to separate two dates that share a clause ("met on Tuesday, ahead of
// a vote in March"): a comma, a "that" complement, "including", "ahead of", "before", "after",
// a bare "but"/"and", or a pronoun opening reported speech ("said on Tuesday it plans ...").
const WEAK = /,\s+|\s+(?=(?:that|including|ahead of|before|after|until|then|but|and|while|whereas|it|he|she|they|we)\s)/g;

/**
 * The first weak joint in text[from, to), or -1: where a clause with two dates is cut. The
 * first, because news puts the short dated act first ("told lawmakers on Tuesday") and the
 * longer reported content after it ("that talks could follow in March").
 */
export function firstWeakJoint(text: string, from: number, to: number): number {
  WEAK.lastIndex = 0;
  const m = WEAK.exec(text.slice(from, to));
  return m ? from + m.index + m[0].length : -1;
}
