// A restrictive relative clause on an object: "ending a standoff that began in June when the
// mayor vetoed the draft", "criticised the law that took effect in January". When the date sits
// in the relative clause it dates the head noun's event, not the main verb's: the statement is
// "A standoff began when the mayor vetoed the draft". Subject-position heads ("The ferry that
// sank on Tuesday carried ...") are left to the main clause, because a restrictive clause has no
// comma to say where it ends. Must not know about dates beyond the spans it is given.
import type { Span } from './sentences';
import { opensOnFiniteVerb } from './subject';
import { EVENT_NOUN } from './nameYear';

// "The death toll from a fire that gutted two blocks in the old town rose to 12 on Sunday": a
// relative clause on a noun inside the subject ends where the main clause's verb comes, and news
// tells a count's change that way (a toll, a number, a price rising or falling to a figure). A date
// after that verb is the main clause's: the toll rose on Sunday, the fire is background. The label
// is the subject without the relative clause, and the main predicate ("The death toll from a fire
// rose to 12"). (Not a verb joined to the relative's by "and": "a blast that ripped through a
// market and killed 12 on Friday".)
const COUNT_CHANGE = /(?<!\b(?:and|or|but|that|which|who)\s)\b(?:rose|climbed|jumped|increased|reached|stood|fell|dropped|declined|surged|soared|doubled|tripled|topped|passed|exceeded|grew|hit)\s+(?=(?:(?:to|at|by|above|below|past|beyond)\s+)?(?:about\s+|more\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|over\s+)?[$€£]?\d)/;

// A determiner, up to three modifiers and a noun, then that/which/who and a lower-case word.
// Each word is one run of letters, so the match is linear; the caller limits the window.
// ("removed the cap Saturday that had been placed ...": the main verb's day may stand between
// the head and its pronoun)
const HEAD = /\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that|which|who)\s+(?=[a-z]|[A-Z][a-z])/g;
const PRONOUN = /\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:that|which|who)\s+$/;
const COPULA = /\b(?:is|are|was|were|be|been|being|became|become|remains|remained)\s+$/;
// Where the relative clause ends: a clause joint or the end.
const END = /[,;:]\s|\s[—–]\s/;

export interface RestrictiveParts {
  /** "a standoff" */
  head: Span;
  /** "began in June when the mayor vetoed the draft" */
  relative: Span;
  /** an object relative's own subject and verb group ("he suffered" in "an injury that he said
   * he suffered on May 2"): the label is told subject, verb, head, rest */
  object?: { subject: Span; verb: Span };
}

// "left the game because of a sprained finger that he said he suffered in the win on Nov. 16",
// "the house that Ms Vance bought in 2019": a relative clause on an object may have a subject of
// its own, the head being its verb's object; the date dates that verb ("He suffered a sprained
// finger in the win"). Its subject is a pronoun or a capitalised name, a saying by the same
// subject before the verb left out ("he said he suffered"); the verb is followed by no object of
// its own (a preposition, an adverb, the date or the clause's end), which a clause after a noun of
// fact or of time has ("the news that he left the firm in May", "the first time that he played").
const OBJECT_SUBJECT = /^(?:(he|she)|((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}))\s+(?:(?:said|says|told\s+\w+|believes|believed|thinks|thought)\s+(?:(?:that\s+)?(he|she)\s+))?(?=\p{Ll})/u;
const NOT_OBJECT_HEAD = /\b(?:fact|news|claim|claims|idea|belief|hope|hopes|fear|fears|report|reports|suggestion|notion|possibility|chance|sign|signs|evidence|assurance|warning|argument|view|rumou?r|word|concern|concerns|worry|allegation|allegations|charge|statement|announcement|promise|decision|memo|message|note|letter|email|notice|signal|indication|impression|feeling|understanding|assumption|expectation|agreement|condition|requirement|guarantee|pledge|vow|threat|demand|request|proposal|question|answer|reply|response|explanation|excuse|theory|thought|conclusion|finding|time|times|day|days|year|years|moment|week|month|season|way|reason|place|point|extent|degree|sense|thing|things|something|anything|everything|much|all|ago|later|earlier|before)$/i;
const HAPPENING_OF = new RegExp(`\\b(?:${EVENT_NOUN.source.slice(4, -2)})\\s+(?:of|by|from|among)\\s+(?=(?:the|a|an)\\s)`, 'i');
const NO_OBJECT_AFTER = /^(?:(?:in|on|at|during|for|with|from|to|against|over|before|after|while|when|since|last|earlier|back|up|out|off|down|there|here|then|again|yesterday|today)\b|[,;:.]|$)/;

/** The object relative clause of `clause` that holds `at` (a date's offset), or null. */
export function restrictiveParts(text: string, clause: Span, at: number, atEnd: number = at): RestrictiveParts | null {
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
  if (!opensOnFiniteVerb(text.slice(relStart, Math.min(clause.end, relStart + 40)))) return objectRelative(text, clause, at, atEnd, { start: headStart, end: headEnd }, relStart, found[0].slice(pronoun.index));
  // (a subject relative clause only: "reported that its earnings dropped ..." is what was reported)
  const change = COUNT_CHANGE.exec(text.slice(relStart, at));
  if (change && !END.test(text.slice(relStart, relStart + change.index))) {
    // (the predicate up to its figure's phrase: "rose to 10 on Saturday | after officials ...")
    const from = relStart + change.index;
    const stop = /[,;:]\s|\s[—–]\s|\s(?=(?:after|as|when|while|because|following|since|before|and|but|according)\s)/.exec(text.slice(from + change[0].length, clause.end));
    return { head: { start: clause.start, end: headEnd }, relative: { start: from, end: stop ? from + change[0].length + stop.index : clause.end } };
  }

  // ("the arrest of a driver who fled the scene", "the visit by a man who paid": a happening is no
  // one, so the "who" is the person named after it, article and all)
  const happening = personal && !of ? HAPPENING_OF.exec(found[0].slice(0, pronoun.index)) : null;
  if (personal && of) headStart += of.index + of[0].length;
  else if (happening) headStart += happening.index + happening[0].length;
  const tail = text.slice(relStart, clause.end);
  // "a survey that began in August should be ready ...": after the date, the main clause's own
  // verb group ends the relative clause ("a woman who auditioned in 1968 when she was a student":
  // a verb with a subject of its own before it is a clause inside the relative one, not the main)
  const stop = /[,;:]\s|\s[—–]\s|(?<!\b(?:he|she|it|they|we|i|you|there))\s(?:and\s+)?(?=(?:should|will|would|could|can|may|might|must|is|are|was|were|has|have|had)\s)/.exec(tail.slice(at - relStart));
  // ("a blast that ripped through a market on Friday | climbed to 30": a count's change after the
  // date is the main clause's verb too)
  const counted = COUNT_CHANGE.exec(tail.slice(at - relStart));
  const relEnd = counted && (!stop || counted.index < stop.index) ? at + counted.index : stop ? at + stop.index : clause.end;
  return { head: { start: headStart, end: headEnd }, relative: { start: relStart, end: relEnd } };
}

/** The object relative clause on `head` ("that he said he suffered in the win on Nov. 16"), its
 * subject and its verb group, when the date at `at` lies in it; else null. */
// (what follows the date may be the main clause's again: "sold the house that she bought in 2019
// to a developer"; the relative clause is told up to its date)
function objectRelative(text: string, clause: Span, at: number, atEnd: number, head: Span, relStart: number, pronoun: string): RestrictiveParts | null {
  if (!/^\s*(?:that|which)\s+$/.test(pronoun.replace(/^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/, ' '))) return null;
  if (NOT_OBJECT_HEAD.test(text.slice(head.start, head.end))) return null;
  const rest = text.slice(relStart, clause.end);
  const subject = OBJECT_SUBJECT.exec(rest);
  if (!subject) return null;
  // (the saying's subject and the verb's are one: "he said he", "Ana Ruiz said she", not "he said she")
  if (subject[3] && subject[1] && subject[3].toLowerCase() !== subject[1].toLowerCase()) return null;
  const verbStart = relStart + subject[0].length;
  const group = /^(?:(?:had|has|have|was|were|would|will|could|did)\s+(?:(?:not|never|already|just|first|also)\s+)?)?[a-z]{2,}\b/.exec(text.slice(verbStart, clause.end));
  // (a progressive tells what was going on, not what was done to the head: "the memo that he was
  // coming in on Thursday")
  if (!group || !opensOnFiniteVerb(group[0]) || verbStart + group[0].length > at || /^(?:was|were)\s+\S+ing$/.test(group[0])) return null;
  const verbEnd = verbStart + group[0].length;
  if (!NO_OBJECT_AFTER.test(text.slice(verbEnd, clause.end).trimStart()) && verbEnd !== at && text.slice(verbEnd, at).trim() !== '') return null;
  const subjectEnd = relStart + (subject[1] ?? subject[2]).length;
  return {
    head,
    relative: { start: verbEnd, end: Math.max(verbEnd, atEnd) },
    object: { subject: { start: relStart, end: subjectEnd }, verb: { start: verbStart, end: verbEnd } },
  };
}

/** Spans of `text` joined by single spaces, with the dropped spans inside them moved along. */
export function joinSpans(text: string, spans: Span[], drop: Span[]): { text: string; drop: Span[] } {
  let joined = '';
  const moved: Span[] = [];
  for (const span of spans) {
    if (joined) joined += ' ';
    const shift = joined.length - span.start;
    for (const d of drop) if (d.start >= span.start && d.end <= span.end) moved.push({ start: d.start + shift, end: d.end + shift });
    joined += text.slice(span.start, span.end);
  }
  return { text: joined, drop: moved };
}
