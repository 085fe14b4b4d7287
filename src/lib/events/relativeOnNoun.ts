// A second fact packed after a noun further into a clause, told with that noun: a relative
// clause ("..., and Ola Berg, who turns 19 on Friday, came on"), a participle's phrase ("... by a
// formula, developed in the 1950s, that ..."), or a period's end ("in the last quarter, which
// ended March 31", which dates the clause before). The head-at-start shapes are relative.ts's.
// Must not know about statuses or dates beyond the spans it is given.
import { readWords } from '../analysis/words';
import { antecedentBefore, hasFiniteVerb, headHasVerb, NOT_HEAD, opensOnVerb } from './relative';
import type { Span } from './sentences';
import { isPlural } from './subject';

// A relative clause on a noun further into the clause: "Reyes saved twice and Ola Berg, who turns
// 19 on Friday, came on late", "The delay was too much for one client, Norsat, which opted last
// week to leave". News packs a second fact about a thing it names into a clause after it; the
// date inside that clause is that fact's, told of the noun the clause follows ("Ola Berg turns
// 19"), not the main clause's.
// (or after a dash or a semicolon set as a comma: "Foxy Lane — who ... —", "The Leafs; who ...";
// "whose": "Hands, whose firm bought EMI last year" -> "Hands’s firm bought EMI")
const PRONOUN_AFTER_COMMA = /(?:,|;|\s[—–]|\s--)\s+(which|who|whose)\s+(?=\p{Ll}|\p{Lu}|$)/gu;
// (a number's comma stays inside: "which laid off 4,000 workers")
const CLAUSE_BREAK = /,(?!\d)|[;:()“”"]|\s[—–]\s|\s--\s/;
/** Whether a clause of its own opens between `from` and `to` (a break, or a pronoun or
 * conjunction that starts one): the date after it is that clause's. */
const clauseBetween = (text: string, from: number, to: number) => CLAUSE_BREAK.test(text.slice(from, to)) || /\b(?:that|which|who|when|where)\b/.test(text.slice(from, to));
// "..., which would mean he crossed two borders", "..., which is why I'm leaving the race
// tonight", "..., which explains the delay": a "which" for the whole clause before, whose
// news is no fact about the noun it follows
const SENTENTIAL = /^(?:(?:would|could|will|may|might)\s+)?(?:mean|means|meant|explains?|explained)\b|^(?:is|was|(?:would|could|may|might)\s+be)\s+(?:why|how|what|when|because|partly|largely|one\s+reason|the\s+reason)\b/i;
// a head that names a period ("the last quarter, which ended December 30"): the date says when
// the period ended, and the main clause's news is the event
const PERIOD_HEAD = /\b(?:year|quarter|half|month|week|period|season|decade|term)\s*$/i;

/** The noun a relative clause after a comma is about and the clause without its pronoun, when
 * the date lies inside that clause and the clause opens on its verb; else null. Other dates in
 * `drop` are read past to find the verb ("which last Friday laid off ..."). */
export function relativeHolding(text: string, statement: Span, date: Span, drop: Span[]): { head: Span; relative: Span; be: string } | null {
  const lead = text.slice(statement.start, date.start);
  const m = [...lead.matchAll(PRONOUN_AFTER_COMMA)].pop();
  if (!m) return null;
  const from = statement.start + m.index + m[0].length;
  // (nor a date in a clause of its own inside it: "who is with the squad ahead of the Cup, which
  // starts on May 2")
  if (clauseBetween(text, from, date.start)) return null;
  const close = CLAUSE_BREAK.exec(text.slice(date.end, statement.end));
  const end = close ? date.end + close.index : statement.end;
  if (SENTENTIAL.test(text.slice(from, end))) return null;
  if (m[1] === 'whose') {
    // (the clause's own subject after the owned noun makes it an object: "Jerusalem, whose eastern
    // sector Israel captured in 1967": no label of the owner's)
    // (read from "whose", which tells the tagger a noun follows)
    const words = readWords(text, statement.start + m.index + 1, end).filter((w) => w.end > w.start && w.start >= from);
    const v = words.findIndex((w) => w.pos === 'verb' || w.pos === 'auxiliary' || w.pos === 'modal');
    if (v < 1 || (/^\p{Lu}/u.test(words[v - 1].text) && words.slice(0, v - 1).some((w) => w.pos === 'noun' && /^\p{Ll}/u.test(w.text)))) return null;
    const owner = antecedentBefore(text, { start: statement.start, end: statement.start + m.index }, 'who');
    return owner && !PERIOD_HEAD.test(text.slice(owner.start, owner.end)) ? { head: owner, relative: { start: from, end }, be: '’s' } : null;
  }
  // the clause's first word, dates and adverbs aside, is a finite verb: not "which voters rejected"
  let blank = text;
  for (const d of drop) if (d.start >= from && d.end <= end) blank = blank.slice(0, d.start) + ' '.repeat(d.end - d.start) + blank.slice(d.end);
  // ("which since June 16 had halted ...": a date that opens the clause, with its preposition)
  const opens = /^(?:(?:since|by|until|till|on|in|at|from|through|early|late|earlier|later)\s+)*$/i.test(text.slice(from, date.start));
  const verb = readWords(blank, opens ? date.end : from, end).find((w) => w.end > w.start && w.pos !== 'adverb');
  // (a plain form right after the pronoun is a verb too: "which set out ...", "who put ...")
  if (!verb || !(verb.pos === 'auxiliary' || verb.pos === 'modal' || (verb.pos === 'verb' && verb.form !== 'gerund' && verb.form !== 'participle'))) return null;
  const before = { start: statement.start, end: statement.start + m.index };
  let head = antecedentBefore(text, before, m[1]);
  if (!head || PERIOD_HEAD.test(text.slice(head.start, head.end))) return null;
  // ("... dealt well with Lee and Ola Berg, who turns 19, came on": a verb for one is told of the
  // last name, not of two joined)
  const and = /\s+and\s+/.exec(text.slice(head.start, head.end));
  if (and && (verb.form === 'present' ? /[^s]s$/.test(verb.text) : /^(?:is|was|has)$/i.test(verb.text))) head = { start: head.start + and.index + and[0].length, end: head.end };
  return { head, relative: { start: from, end }, be: '' };
}

// "Most offices set heating by a formula, developed in the 1950s, that looks at ...", "The paper
// said its survey, carried out on Friday, found ...": a participle's phrase set off by commas
// after a noun further into the clause, as a "which was" clause is. Only where the main clause
// goes on after it (a verb or a "that" after the closing comma): "Acme, the chip maker,
// reported on Monday ..." ends on no such comma, and its "-ed" word is the main verb.
const PARTICIPLE_AFTER_COMMA = /,\s+((?:originally|initially|first|once|later|now|recently)\s+)?(?:[a-z]{3,}ed|built|born|held|known|made|set|chosen|seen|begun|written|shown|sold|won|due|slated|scheduled)\s/g;
const GOES_ON = /^,\s+(?:that|which|who)\s/;
const NAME_IN_COMMAS = /,\s+(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*,(?=\s+(?:in|on|at|during|by|from|since|until)\s)/gu;
// "Christie, a longtime backer who ... the 2020 election, mounted a 2024 campaign that ...": an
// "-ed" word with an object after it is a clause's own past verb, not a passive participle, which
// takes none; only a verb of naming or giving keeps a second noun in the passive ("Ana Ruiz, named
// the club's captain in 2019, ...", "a charity, awarded a grant last year, ...")
const OBJECT_AFTER = /^(?:a|an|the|his|her|its|their|our|my|your|this|these|those)\s/i;
const TAKES_SECOND = /^(?:named|called|dubbed|elected|appointed|made|given|awarded|granted|handed|offered|shown|sent|told|voted|crowned|ranked|considered|deemed|declared|promised|paid|fined|charged|denied|refused|allowed|asked|taught|chosen)$/i;

/** The noun a participle's phrase after a comma is about, the phrase, and the verb it reads with
 * ("was", "is"), when the date lies inside the phrase; else null. */
export function participleHolding(text: string, statement: Span, date: Span): { head: Span; phrase: Span; be: string } | null {
  const lead = text.slice(statement.start, date.start);
  const m = [...lead.matchAll(PARTICIPLE_AFTER_COMMA)].pop();
  if (!m) return null;
  const from = statement.start + m.index + m[0].indexOf(m[0].trimStart().slice(1).trimStart());
  const participle = /(\S+)\s$/.exec(m[0])![1];
  if (OBJECT_AFTER.test(text.slice(statement.start + m.index + m[0].length, date.end)) && !TAKES_SECOND.test(participle)) return null;
  // (a clause inside the phrase holds the date: "set off by a blast that killed 11 two months ago")
  // (a name set off by commas inside the phrase is the place's or the thing's own, no clause:
  // "born in the Syrian capital, Damascus, in September 1965", "built by its sister company,
  // Harland Yards, in 1932")
  if (clauseBetween(text.slice(0, from) + text.slice(from, date.start).replace(NAME_IN_COMMAS, (all) => ' '.repeat(all.length)), from, date.start)) return null;
  // (an "-ed" word that ends a clause opened by "whose" or "who" is that clause's verb: "Mrs
  // Lane, whose son, Tom, served in Iraq in 2004, said ...")
  const opened = /\b(?:who|whose|which)\b(?![^]*\b(?:who|whose|which)\b)([^]*)$/.exec(lead.slice(0, m.index));
  if (opened && !hasFiniteVerb(` ${opened[1]}`)) return null;
  const close = CLAUSE_BREAK.exec(text.slice(date.end, statement.end));
  if (!close) return null;
  const end = date.end + close.index;
  const after = text.slice(end, statement.end);
  if (!GOES_ON.test(after) && !(/^,\s/.test(after) && opensOnVerb(after.slice(1)))) return null;
  const before = { start: statement.start, end: statement.start + m.index };
  const head = subjectBefore(text, before) ?? antecedentBefore(text, before, 'which');
  if (!head || PERIOD_HEAD.test(text.slice(head.start, head.end))) return null;
  // (the head's own noun, before its phrases: "talks on a deal in the sector" are plural)
  const plural = isPlural(text.slice(head.start, head.end).split(/\s+(?:on|in|of|at|for|with|from|over|about|between)\s+/)[0]);
  // (a schedule reads "is": "due to resume", "set to open"; "set off by" is a past)
  const be = /^(?:due|slated|scheduled|expected|planned|set\s+to)\b/.test(text.slice(from, end)) ? (plural ? 'are' : 'is') : plural ? 'were' : 'was';
  return { head, phrase: { start: from, end }, be };
}

/** The words before the comma when they hold no verb: the clause's subject, the phrase itself
 * ("Meanwhile, talks on a new deal in the port's grain sector, due to resume ..."), after any
 * opening phrase's comma. */
function subjectBefore(text: string, before: Span): Span | null {
  const head = text.slice(before.start, before.end);
  if (headHasVerb(head) || hasFiniteVerb(head)) return null;
  const at = head.lastIndexOf(', ') + 1;
  const phrase = head.slice(at);
  const lead = phrase.length - phrase.trimStart().length;
  // (a bare plural may open it after the opening phrase: "Meanwhile, talks on ...")
  if (phrase.trim().length > 100 || !(/^\s*(?:[“"]?\p{Lu}|(?:the|a|an|its|their|his|her)\s)/u.test(phrase) || (at > 0 && /^\s*\p{Ll}+s\s/u.test(phrase))) || NOT_HEAD.test(phrase)) return null;
  return { start: before.start + at + lead, end: before.end };
}

// "..., which is why I'm suspending my campaign tonight", "..., which means the plant will close
// in May": a "which" for the whole clause before introduces a consequence told in a clause of its
// own; a date inside that clause dates it, and it is the label ("I'm suspending my campaign")
const CONSEQUENCE = String.raw`(?:(?:is|was)\s+(?:why|how)|(?:means|meant)(?:\s+that)?|explains\s+why)\s+(?=\p{Ll}|\d|I\b|[“"])`;
const SENTENTIAL_LEAD = new RegExp(String.raw`,\s+which\s+${CONSEQUENCE}`, 'gu');
const CONSEQUENCE_OPENS = new RegExp(`^${CONSEQUENCE}`, 'u');

/** Where the consequence opens in words that follow a sentential "which" ("is why 300 workers
 * will ..." -> the offset of "300"), or -1. */
export function consequenceAt(words: string): number {
  const m = CONSEQUENCE_OPENS.exec(words);
  return m ? m[0].length : -1;
}

/** The clause a sentential "which is why" or "which means" introduces, when the date lies in it
 * and no other clause opens between; else null. */
export function sententialClause(text: string, statement: Span, date: Span): Span | null {
  const lead = text.slice(statement.start, date.start);
  const m = [...lead.matchAll(SENTENTIAL_LEAD)].pop();
  if (!m) return null;
  const from = statement.start + m.index + m[0].length;
  if (clauseBetween(text, from, date.start)) return null;
  const close = CLAUSE_BREAK.exec(text.slice(date.end, statement.end));
  return { start: from, end: close ? date.end + close.index : statement.end };
}

/** "Profits rose 12 percent in the last quarter, which ended March 31": a relative clause that
 * only says when the period before it ended (or began) holds the date of the clause it hangs on;
 * that clause's span, or null. */
export function periodClause(text: string, statement: Span, date: Span): Span | null {
  const lead = text.slice(statement.start, date.start);
  const m = /,\s+which\s+(?:(?:had|has|will|would)\s+)?(?:ended|ends|end|began|begins|begin|closed|closes|close|ran|runs|run|started|starts|start)\s+(?:(?:on|in|at)\s+)?$/i.exec(lead);
  if (!m || !PERIOD_HEAD.test(lead.slice(0, m.index))) return null;
  return { start: statement.start, end: statement.start + m.index };
}
