// A non-restrictive relative clause between a subject and its verb: "The strike, which began on
// Monday, will end on Friday." News packs a second fact about the subject into it. The
// relative clause's subject is its head noun ("The strike began"); the main clause resumes
// that subject ("The strike will end"). A reduced relative, a participle between commas ("The
// tournament, scheduled to start in June, was postponed"), reads with "is"/"was" ("The
// tournament is scheduled to start"). Must not know about dates beyond the spans it is given.
import type { Span } from './sentences';
import { isPlural, opensOnFiniteVerb } from './subject';
import { readWords, type Word } from '../analysis/words';

export interface RelativeParts {
  /** The head noun phrase ("The strike"). */
  head: Span;
  /** The relative clause without its pronoun ("began on Monday"). */
  relative: Span;
  /** The main clause's predicate ("will end on Friday"), or null when the clause stops there. */
  main: Span | null;
  /** The verb a reduced relative needs after the head ("was", "is"), or '' for "which"/"who". */
  be: string;
  /** All that stands before the relative clause's comma ("Zoo staff said the zoo"). */
  before: Span;
  /** Whether what stands before the pronoun is a clause of its own ("Eleven men were killed in
   * the explosion, which ..."): a date there is that clause's, not the relative clause's. */
  clause: boolean;
}

// A capitalised head without commas, ", which|who" followed by a lower-case word (the clause's
// verb, checked by the caller: "which voters rejected" has a subject of its own), the relative
// clause up to its comma (a number's comma, "40,000", stays in), then a predicate opening in
// lower case (a verb), or the clause's end. Disjoint one-character alternatives: linear.
const RELATIVE = /^(\s*[“"]?[A-Z][^,;:“”"()]{1,60}?),\s+(?:which|who)\s+([a-z](?:[^,;“”"]|,(?=\d)|,\s(?=(?:1[89]|20)\d\d\b)){2,160}?)(?:,\s+(?=[a-z])|[,.]?\s*$)/;

const WHOSE = /^(\s*[“"]?[A-Z][^,;:“”"()]{1,60}?),\s+whose\s+([a-z](?:[^,;“”"]|,(?=\d)|,\s(?=(?:1[89]|20)\d\d\b)){2,160}?)(?:,\s+(?=[a-z])|[,.]?\s*$)/;

// The same shape with a participle or a scheduling adjective in place of "which ...":
// "scheduled to start in June", "originally due in May", "founded in 1998", "based in Ohio".
const REDUCED = /^(\s*[“"]?[A-Z][^,;:“”"()]{1,60}?),\s+((?:(?:originally|initially|first|once|long|now|later)\s+)?(?:[a-z]{2,}ed|built|born|held|known|made|set|due|chosen|seen|begun|written|shown|sold|won)\b(?:[^,;“”"]|,(?=\d)|,\s(?=(?:1[89]|20)\d\d\b)){0,160}?)(?:,\s+(?=[a-z])|[,.]?\s*$)/;
// A head that is a scene-setting phrase, not a noun: "On Monday, armed men stormed ..."
export const NOT_HEAD = /^\s*[“"]?(?:Unlike|Like|Besides|Including|Among|Alongside|On|In|At|By|Last|This|Next|Since|During|After|Before|Earlier|Later|For|From|When|While|As|If|Although|Though|But|And|However|Meanwhile|Still|Yet|So|Then|Now|Today|Yesterday|Instead|Separately|Overall|Asked|According)\b/;
// ("set off by a blast" is a past; "set to open", "set for June" a schedule)
const SCHEDULED = /^(?:due|set\s+(?:to|for)|slated|scheduled|expected|planned)\b/;

// "The suspect’s father came down about 20 minutes later, handcuffed and ...": a "head" with
// its own finite verb is a clause, and the participle after its comma describes its subject
// there; it is no noun to which "was" can be joined.
export function headHasVerb(head: string): boolean {
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
// ("S&P", "AT&T": an ampersand joins a name's letters; "Resolution 1970": a number ends one)
// ("the Scottish Institute of Sport", "the Center for Responsive Politics": a small word may join
// a name's words)
const TRAILING_NAME = /([A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|on|with|de|du|del|la)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*){0,4}(?:\s+\d+)?)\s*$/;
const PLACE_BEFORE = /\b(?:from|in|at|of|near|outside|across|into|on|for|with)\s+$/;
// (a "which" after a place's preposition is about what happened there, or the clause: "snow
// fell over the Atlantic, which could ...")
const WHICH_PLACE_BEFORE = /\b(?:in|at|from|near|outside|across|into|over|on|to|around|through|throughout|off)\s+(?:the\s+)?$/;
// ("the U.S. administration, which ...": an abbreviation's points are inside its word)
const TRAILING_THING = /(?:\b(?:the|a|an|its|their|his|her|our)|\b[A-Z][\w.&-]*['’]s)\s+(?:(?!(?:the|a|an|its|their|his|her|our|over|of|in|on|at|to|for|with|from|by)\s)(?:[\w’'()&-]+|(?:\p{Lu}\.){2,})\s+){0,5}[a-z][\w’'-]*\s*$/u;
const AFTER_COPULA = /^(.*?)\s+(?:is|was|are|were|became|becomes|remains|remained|will\s+be|has\s+been|had\s+been)\s+(?=(?:the|a|an|his|her|its|their)\s+\S|[A-Z])/;
const NAMED = /^\s*[“"]?(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$/;
// (a "which" after a name that follows a happening's noun is the happening's: "the trial against
// Dr Ames, which opens in May", "the minister's visit to Lagos, which is due in June")
const HAPPENING_OF_NAME = /(?:\b(?:the|a|an|its|their|his|her|our)|\b(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?:trial|visit|trip|case|meeting|talks|hearing|summit|tour|match|game|war|deal|merger|bid|lawsuit|suit|campaign|election|vote|fight|contest|series|conference|inquiry|investigation|review|report|offer|agreement|treaty|appeal)\s+(?:against|to|of|with|for|in|on|at|between|by)\s+[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}\s*$/;
// ("Ivan Petrov, Russia's envoy to Sudan, who ...": the person named before the appositive)
const NAME_THEN_APPOSITIVE = /([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}),\s+(?:the|a|an|his|her|its|their|[A-Z][\w.&-]*['’]s)\s+[^,;]{2,60}$/;

/** The name that ends `head`, as the one a "who" or a "which" after it is about, or null. */
function trailingName(head: string, pronoun: string, read: () => Word[]): Span | null {
  const name = TRAILING_NAME.exec(head);
  if (!name || name.index === 0) return null;
  let start = name.index;
  const end = name.index + name[1].length;
  const before = head.slice(0, start);
  // (the name may be set off by a comma: "said the charity's manager, Kate Maslen, who ...")
  if (!/[a-z,]\s+$/.test(before)) return null;
  let words = read().filter((w) => w.end > w.start && w.start >= start && w.end <= end);
  // ("Ann Roe of the Council of Europe, which ...": a person named before the body is not the
  // body's name)
  const joint = /\s(?:of|for|with)\s(?:the\s)?/.exec(name[1]);
  if (joint && (words[0]?.person || /the\s$/.test(joint[0])) && pronoun === 'which') {
    start += joint.index + joint[0].length;
    words = words.filter((w) => w.start >= start);
  }
  const person = words.length > 0 && words[words.length - 1].person;
  if (pronoun === 'which') {
    // (a "which" is no person's: "did not sign Dale Ross, which left ..." is about the not
    // signing; nor a region's after its city's comma: "Washington, D.C., which ...")
    if (person || WHICH_PLACE_BEFORE.test(before) || /[A-Z][\w.]*,\s+$/.test(before)) return null;
  } else {
    // (after "of", "from", "in" a name is more often a place than the one a "who" is about,
    // unless it is a person's: "a concern of the sprinter Ada Moss, who ...")
    if (PLACE_BEFORE.test(before) && !person) return null;
    // ("the U.S. envoy to Peru Ana Lind, who ...": the person's own name, after a place's)
    const first = words.findIndex((w) => w.person);
    if (person && first > 0 && words.slice(0, first).some((w) => w.placeOrOrganization)) start = words[first].start;
  }
  // ("Romania and Bulgaria, which ...", "unlike Ortiz and Lind, who ...": two names joined)
  // (names the tagger reads as nouns: not a capitalised opening word, "Unlike Ortiz and ...")
  const joined = /(?:[A-Z][\w’'.&-]*\s+){1,3}and\s+$/.exec(head.slice(0, start));
  const joinedFrom = joined && read().find((w) => w.end > w.start && w.start >= joined.index && w.end <= start && w.pos === 'noun');
  if (joinedFrom && joinedFrom.start < start - 4) return { start: joinedFrom.start, end };
  // ("the second Test, which ...", "the Heat, who ...": a thing's or a team's name keeps its
  // article and the words that describe it, not a phrase it ends: "a breach of")
  const article = person ? null : /\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}$/i.exec(head.slice(0, start));
  const describes = article && !/\b(?:of|to|for|in|on|at|with|by|from|and|or|as|than)\s/.test(article[0]);
  return { start: describes ? article.index : start, end };
}

function antecedentAfterClause(head: string, pronoun: string = 'who', read: () => Word[] = () => []): Span | null {
  const happening = pronoun === 'which' ? HAPPENING_OF_NAME.exec(head) : null;
  if (happening) return { start: happening.index, end: head.trimEnd().length };
  const name = trailingName(head, pronoun, read);
  if (name) return name;
  const described = pronoun === 'who' ? NAME_THEN_APPOSITIVE.exec(head) : null;
  const person = described ? read().filter((w) => w.end > w.start && w.end <= described.index + described[1].length).at(-1)?.person : false;
  if (described && person) return { start: described.index, end: described.index + described[1].length };
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
export function antecedentBefore(text: string, before: Span, pronoun: string = 'who'): Span | null {
  // (a dash or a semicolon may set the clause off as a comma does: "Foxy Lane — who ...")
  const head = text.slice(before.start, before.end).replace(/(?:[\s,;]|\s[—–]|\s--)+$/, '');
  let words: Word[] | null = null;
  const found = antecedentAfterClause(head, pronoun, () => (words ??= readWords(head, 0, head.length)));
  if (found) return { start: before.start + found.start, end: before.start + found.end };
  // ("The Leafs; who snapped ...": a clause before that is only a name is the antecedent)
  return wholeHead(text, { start: before.start, end: before.start + head.length });
}

export function relativeParts(text: string, clause: Span): RelativeParts | null {
  // ("And the first satellite, launched in August, will ...": a joining word before the head)
  const joining = /^\s*(?:And|But|Yet|So)\s+(?=(?:the|a|an|its|their|his|her)\s)/.exec(text.slice(clause.start, clause.end));
  if (joining) {
    const rest = text.slice(clause.start + joining[0].length, clause.end);
    return relativePartsOf(text, { start: clause.start + joining[0].length, end: clause.end }, rest.charAt(0).toUpperCase() + rest.slice(1));
  }
  return relativePartsOf(text, clause, text.slice(clause.start, clause.end));
}

/** relativeParts over `s`, the clause's words (its first letter may be raised to a capital). */
function relativePartsOf(text: string, clause: Span, s: string): RelativeParts | null {
  if (NOT_HEAD.test(s)) return null;
  let be = '';
  let m = RELATIVE.exec(s);
  // "which voters rejected": the relative clause has a subject of its own
  // (the tagger's present or past too: "which oversees the port", "who chairs the board")
  if (m && !opensOnFiniteVerb(m[2]) && !opensOnTaggedVerb(m[2])) m = null;
  // (the tagger's finite verbs too: "Mara Diaz scored 31 points for the Comets, who ..." is a
  // clause; the -ed words headHasVerb leaves out may be a participle's, "handcuffed")
  const clauseHead = m !== null && (headHasVerb(m[1]) || hasFiniteVerb(m[1]));
  const pronounOf = m && /^,\s+(which|who)\b/.exec(m[0].slice(m[1].length))?.[1];
  const antecedent = m && clauseHead ? antecedentAfterClause(m[1], pronounOf ?? 'who', () => readWords(m![1], 0, m![1].length)) : null;
  if (m && antecedent) {
    const relativeStart = clause.start + m[0].indexOf(m[2], m[1].length);
    // (what follows the relative clause's comma goes on with the clause before it: "said the zoo,
    // which ..., would reopen")
    const rest = clause.start + m[0].length;
    const main = rest < clause.end && /[A-Za-z]/.test(text.slice(rest, clause.end)) ? { start: rest, end: clause.end } : null;
    return { head: { start: clause.start + antecedent.start, end: clause.start + antecedent.end }, relative: { start: relativeStart, end: relativeStart + m[2].length }, main, be: '', clause: true, before: { start: clause.start, end: clause.start + m[1].length } };
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
    if (reduced && !headHasVerb(reduced[1]) && !hasFiniteVerb(reduced[1])) {
      m = reduced;
      // ("Jobs, born in 1955, ...": a surname in -s, written after a first name elsewhere in the
      // article, "Steve Jobs", and never in lower case, is one person)
      const word = /^\s*[“"]?(\p{Lu}\p{Ll}+s)\s*$/u.exec(m[1])?.[1];
      const surname = !!word && new RegExp(`\\p{Lu}\\p{Ll}+\\s+${word}\\b`, 'u').test(text) && !new RegExp(`\\b${word.toLowerCase()}\\b`).test(text);
      const plural = isPlural(m[1].trim()) && !surname;
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
    before: { start: clause.start, end: clause.start + m[1].length },
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


/** Whether `s` opens on a finite verb or a "to" and its verb ("would reopen", "to respond"). */
export function opensOnVerb(s: string): boolean {
  const t = s.trimStart();
  return opensOnFiniteVerb(t) || opensOnTaggedVerb(t) || /^to\s+\p{Ll}/u.test(t);
}

/** Whether the tagger reads `s`'s first word as a verb in the present or the past. */
function opensOnTaggedVerb(s: string): boolean {
  const first = readWords(s, 0, Math.min(s.length, 40)).find((w) => w.end > w.start);
  return !!first && first.start === 0 && first.pos === 'verb' && (first.form === 'present' || first.form === 'past');
}

/** Whether the tagger reads a finite verb in `s` after its first word, written in lower case
 * ("Lee scored 31 points for the Comets"; not "A two-time winner", whose "time" it may call a verb). */
export function hasFiniteVerb(s: string): boolean {
  const words = readWords(s, 0, s.length).filter((w) => w.end > w.start);
  // (a plain form after a plural noun, an adverb between, is a present: "schools still grade")
  const afterNoun = (k: number) => words[k - 1]?.pos === 'noun' || (words[k - 1]?.pos === 'adverb' && words[k - 2]?.pos === 'noun');
  return words.some((w, k) => w.start > 0 && /^\p{Ll}/u.test(w.text) && ((w.pos === 'verb' && (w.form === 'past' || w.form === 'present' || (w.form === 'infinitive' && afterNoun(k)))) || w.pos === 'modal'));
}

/** The words before the comma as the head when they are a short noun phrase opening the
 * statement ("Autolatina", "Libya's former envoy"): no verb, no comma, no opening phrase. */
function wholeHead(text: string, before: Span): Span | null {
  const head = text.slice(before.start, before.end);
  const lead = head.length - head.trimStart().length;
  if (head.trim().length > 60 || /[,;:“”"()]/.test(head) || NOT_HEAD.test(head) || headHasVerb(head) || !/^\s*[A-Z]/.test(head)) return null;
  // (the tagger's verbs too: "Moore added 14 for Sacred Heart" is a clause)
  return hasFiniteVerb(head) ? null : { start: before.start + lead, end: before.end };
}
