// A non-restrictive relative clause between a subject and its verb: "The strike, which began on
// Monday, will end on Friday." News packs a second fact about the subject into it. The
// relative clause's subject is its head noun ("The strike began"); the main clause resumes
// that subject ("The strike will end"). A reduced relative, a participle between commas ("The
// tournament, scheduled to start in June, was postponed"), reads with "is"/"was" ("The
// tournament is scheduled to start"). Must not know about dates beyond the spans it is given.
import type { Span } from './sentences';
import { isPlural, opensOnFiniteVerb } from './subject';

export interface RelativeParts {
  /** The head noun phrase ("The strike"). */
  head: Span;
  /** The relative clause without its pronoun ("began on Monday"). */
  relative: Span;
  /** The main clause's predicate ("will end on Friday"), or null when the clause stops there. */
  main: Span | null;
  /** The verb a reduced relative needs after the head ("was", "is"), or '' for "which"/"who". */
  be: string;
  /** Whether what stands before the pronoun is a clause of its own ("Eleven men were killed in
   * the explosion, which ..."): a date there is that clause's, not the relative clause's. */
  clause: boolean;
}

// A capitalised head without commas, ", which|who" followed by a lower-case word (the clause's
// verb, checked by the caller: "which voters rejected" has a subject of its own), the relative
// clause up to its comma (a number's comma, "40,000", stays in), then a predicate opening in
// lower case (a verb), or the clause's end. Disjoint one-character alternatives: linear.
const RELATIVE = /^(\s*[“"]?[A-Z][^,;:“”"()]{1,60}?),\s+(?:which|who)\s+([a-z](?:[^,;“”"]|,(?=\d)){2,160}?)(?:,\s+(?=[a-z])|[,.]?\s*$)/;

const WHOSE = /^(\s*[“"]?[A-Z][^,;:“”"()]{1,60}?),\s+whose\s+([a-z](?:[^,;“”"]|,(?=\d)){2,160}?)(?:,\s+(?=[a-z])|[,.]?\s*$)/;

// The same shape with a participle or a scheduling adjective in place of "which ...":
// "scheduled to start in June", "originally due in May", "founded in 1998", "based in Ohio".
const REDUCED = /^(\s*[“"]?[A-Z][^,;:“”"()]{1,60}?),\s+((?:(?:originally|initially|first|once|long|now|later)\s+)?(?:[a-z]{2,}ed|built|born|held|known|made|set|due|chosen|seen|begun|written|shown|sold|won)\b(?:[^,;“”"]|,(?=\d)){0,160}?)(?:,\s+(?=[a-z])|[,.]?\s*$)/;
// A head that is a scene-setting phrase, not a noun: "On Monday, armed men stormed ..."
const NOT_HEAD = /^\s*[“"]?(?:On|In|At|By|Last|This|Next|Since|During|After|Before|Earlier|Later|For|From|When|While|As|If|Although|Though|But|And|However|Meanwhile|Still|Yet|So|Then|Now|Today|Yesterday|Instead|Separately|Overall|Asked|According)\b/;
const SCHEDULED = /^(?:due|set|slated|scheduled|expected|planned)\b/;

// "The suspect’s father came down about 20 minutes later, handcuffed and ...": a "head" with
// its own finite verb is a clause, and the participle after its comma describes its subject
// there; it is no noun to which "was" can be joined.
function headHasVerb(head: string): boolean {
  const words = head.trim().split(/\s+/);
  return words.some((_, k) => k > 0 && /^[a-z]/.test(words[k]) && opensOnFiniteVerb(words.slice(k).join(' ')) && !/^(?:[a-z]+ed)$/.test(words[k]));
}

// Before "who" or "which" may stand a whole clause; the relative clause is then about what ends
// it, looked for in this order:
// - a name, the object of the clause's verb ("The midwife was Bobby Jindal, who will be sworn in",
//   "Analysts compared him to Ana Ruiz, who lost in 1971"), not one after "from", "in", "at",
//   more often the place a person comes from ("a nurse from Leeds, who ...");
// - the noun phrase ending the clause, from its last determiner, up to five words with no
//   preposition and a common noun ("looking at the rebel camp, which has been fighting",
//   "a tighter seal over the leaking well, which");
// - a copula's complement ("The winner was a retired nurse, who ..."), or the named subject it
//   only describes ("The Horrors are a five-piece band, who formed ...").
// Each gives the antecedent's span in the text before the pronoun, or null when none is found.
const TRAILING_NAME = /([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*$/;
const PLACE_BEFORE = /\b(?:from|in|at|of|near|outside|across|into|on|for|with)\s+$/;
const TRAILING_THING = /(?:\b(?:the|a|an|its|their|his|her|our)|\b[A-Z][\w.&-]*['’]s)\s+(?:(?!(?:the|a|an|its|their|his|her|our|over|of|in|on|at|to|for|with|from|by)\s)[\w’'()&-]+\s+){0,5}[a-z][\w’'-]*\s*$/;
const AFTER_COPULA = /^(.*?)\s+(?:is|was|are|were|became|becomes|remains|remained|will\s+be|has\s+been|had\s+been)\s+(?=(?:the|a|an|his|her|its|their)\s+\S|[A-Z])/;
const NAMED = /^\s*[“"]?(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$/;
function antecedentAfterClause(head: string): Span | null {
  const name = TRAILING_NAME.exec(head);
  // (the name may be set off by a comma: "said the charity's manager, Kate Maslen, who ...")
  if (name && name.index > 0 && /[a-z,]\s+$/.test(head.slice(0, name.index)) && !PLACE_BEFORE.test(head.slice(0, name.index))) return { start: name.index, end: name.index + name[1].length };
  const thing = TRAILING_THING.exec(head);
  if (thing && !headHasVerb(`x ${thing[0]}`)) return { start: thing.index, end: head.trimEnd().length };
  const copula = AFTER_COPULA.exec(head);
  if (!copula) return null;
  if (/^(?:the|a|an|his|her|its|their)\s/.test(head.slice(copula[0].length)) && NAMED.test(copula[1])) return { start: copula[1].length - copula[1].trimStart().length, end: copula[1].length };
  return headHasVerb(head.slice(copula[0].length)) ? null : { start: copula[0].length, end: head.trimEnd().length };
}

/** A statement cut at its relative pronoun ("who resigned in March", after "The council met on
 * Monday with the mayor,"): the antecedent the clause before ends on, as a span of `text`, or
 * null when that clause ends on no name or noun phrase. */
export function antecedentBefore(text: string, before: Span): Span | null {
  const head = text.slice(before.start, before.end).replace(/[\s,]+$/, '');
  const found = antecedentAfterClause(head);
  return found && { start: before.start + found.start, end: before.start + found.end };
}

export function relativeParts(text: string, clause: Span): RelativeParts | null {
  const s = text.slice(clause.start, clause.end);
  if (NOT_HEAD.test(s)) return null;
  let be = '';
  let m = RELATIVE.exec(s);
  // "which voters rejected": the relative clause has a subject of its own
  if (m && !opensOnFiniteVerb(m[2])) m = null;
  const clauseHead = m !== null && headHasVerb(m[1]);
  const antecedent = m && clauseHead ? antecedentAfterClause(m[1]) : null;
  if (m && antecedent) {
    const relativeStart = clause.start + m[0].indexOf(m[2], m[1].length);
    return { head: { start: clause.start + antecedent.start, end: clause.start + antecedent.end }, relative: { start: relativeStart, end: relativeStart + m[2].length }, main: null, be: '', clause: true };
  }
  // "Barack Obama, whose first campaign featured a poster in 2008, ...": the head owns the
  // relative clause's subject ("Barack Obama’s first campaign featured a poster")
  const whose = m ? null : WHOSE.exec(s);
  if (whose) {
    m = whose;
    be = '’s';
  }
  if (!m) {
    const reduced = REDUCED.exec(s);
    if (reduced && !headHasVerb(reduced[1])) {
      m = reduced;
      const plural = isPlural(m[1].trim());
      be = SCHEDULED.test(m[2]) ? (plural ? 'are' : 'is') : plural ? 'were' : 'was';
    }
  }
  if (!m) return null;
  const headStart = clause.start + (m[1].length - m[1].trimStart().length);
  const relativeStart = clause.start + m[0].indexOf(m[2], m[1].length);
  const rest = clause.start + m[0].length;
  return {
    head: { start: headStart, end: clause.start + m[1].length },
    relative: { start: relativeStart, end: relativeStart + m[2].length },
    main: rest < clause.end && /[A-Za-z]/.test(text.slice(rest, clause.end)) ? { start: rest, end: clause.end } : null,
    be,
    clause: be === '' && clauseHead,
  };
}

/**
 * The head and one predicate joined as one text ("The strike" + "began on Monday"), with the
 * spans to drop moved to where they fall in it.
 */
export function joinPredicate(text: string, head: Span, predicate: Span, drop: Span[], be = ''): { text: string; drop: Span[] } {
  const h = be === '’s' ? `${text.slice(head.start, head.end).replace(/['’]s$/, '')}’s` : be ? `${text.slice(head.start, head.end)} ${be}` : text.slice(head.start, head.end);
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
