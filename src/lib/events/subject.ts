// Subject borrowing: a clause that opens on its verb ("but delayed it last year") takes the
// subject of the clause before ("The company first announced ..."). Must not know about dates,
// statuses or where the labels come from.
import { DATELINE, shorten } from './label';

// Present-tense verbs news puts after "and" with the subject left out ("... and expects sales
// to recover"): listed, since a word in -s is as often a plural noun ("Reports say").
const PRESENT =
  'expects|hopes|aims|wants|intends|seeks|faces|remains|continues|needs|warns|predicts|sees|announces|believes|argues|insists|denies|admits|owns|employs|operates|keeps|makes|takes|gives|gets|goes|comes|appears|seems|ranks|represents|urges|' +
  // (a first person's verb of mind, put in the third person: "I think" -> "Ann Lee thinks"; not
  // "recalls" or "fears", which a relative clause on a noun has as often: "a battle that recalls ...")
  'thinks|knows|feels|doubts|suspects|wonders|worries|wishes|guesses';
// Regular past tenses, auxiliaries and common verbs only: a verb we cannot recognise leaves the
// label as it is.
const VERB_FIRST = new RegExp(String.raw`^(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|plans?|said|says|${PRESENT})\b`);
// Common irregular past tenses, so "The fire broke out ..." yields the subject "The fire".
const IRREGULAR =
  'broke|began|came|went|took|made|told|met|held|won|lost|fell|rose|left|led|ran|gave|got|found|kept|sent|set|put|cut|hit|saw|spoke|stood|struck|fought|sold|bought|built|brought|paid|chose|drove|flew|grew|knew|threw|wrote|became|caught|thought|sought|spent|felt|dealt|shot|sank|swore|tore|wore|ended|killed|drew|fled|spread|shut|lay|let|quit|hung|stuck|swept|meant|heard|lit|dug|rode|froze|stole|hosted';
// ("It should be on the seabed": every modal ends the subject, and a word in -ed after an article
// is a noun, not the verb; a pronoun or a negated auxiliary is no part of a subject: "Sir Keir
// certainly don't think we | should")
const SUBJECT = new RegExp(String.raw`^((?:[A-Z][\w’'.-]*)(?:\s+(?!(?:we|I|he|she|they|you|\w+n[’']t)\b)[\w’'.-]+){0,5}?)(?<!\b(?:the|a|an|his|her|its|their|this|that|our|my|your)\s+[a-z]+)(?=\s+(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|plans?|said|says|${PRESENT}|${IRREGULAR})\b)`);
// An adverb before a past verb keeps the clause subjectless: "(The company) last cut jobs".
const ADVERB_VERB = new RegExp(String.raw`^(?:last|first|also|later|then|recently|once|already|again|previously|formerly|never|just|twice|briefly)\s+(?:[a-z]+ed|${IRREGULAR})\b`);
const opensOnVerb = (lower: string) => VERB_FIRST.test(lower) || ADVERB_VERB.test(lower);

// Last resort: a capitalised name opening the clause ("The European Central Bank kept ...").
const NAMED_SUBJECT = /^((?:(?:The|A|An)\s+)?(?!(?:The|A|An)\s)(?:[A-Z][\w’'.&-]*\s+){1,5}?)(?=[a-z])/;

const FINITE = new RegExp(String.raw`^(?:[a-z]+ly\s+)?(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|${PRESENT}|${IRREGULAR}|begins|opens|closes|runs|starts|ends|returns|remains|lies|sits)\b`);

/** Whether lower-case `words` open on a finite verb ("began on Monday", "has since closed"). */
export function opensOnFiniteVerb(words: string): boolean {
  return FINITE.test(words);
}

/** Whether a label opens on a verb, i.e. has lost or never had its subject. */
export function startsOnVerb(label: string): boolean {
  return opensOnVerb(label.charAt(0).toLowerCase() + label.slice(1));
}

/** Whether a subject reads as plural ("They", "Officials"; not "The press", "Its bus"). */
export function isPlural(subject: string): boolean {
  const last = /(\S+)$/.exec(subject)![1].toLowerCase();
  return /^(?:they|we|you)$/.test(last) || (/[^su]s$/.test(last) && !/^(?:this|his|its)$/.test(last));
}

// "They are likely to push for talks, while preparing for a parade": a participle clause
// shares the subject of the clause before, and reads as that subject "is/was preparing".
function beFor(subject: string, verbAfter: string): string {
  const plural = isPlural(subject);
  const past = new RegExp(String.raw`^\s*(?:was|were|had|[a-z]+ed|${IRREGULAR})\b`).test(verbAfter);
  return past ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
}

// A subject is a noun phrase, and no noun phrase opens on a preposition or a subordinator: a
// clause that does ("Before the winter break he had decided ...", "If the vote fails ...") opens
// on a phrase or a clause of its own, and the words before its verb are no one to borrow. (A
// title written in capitals may open on a preposition, "Beyond Black was shortlisted", "Under
// Armour said": not on a subordinator, "After Obama won" is a clause.)
const SUBORDINATOR = /^(?:after|although|as|because|before|if|once|since|than|though|till|unless|until|when|whenever|where|whereas|whether|while)$/i;
const PREPOSITION = /^(?:about|against|along|amid|among|around|at|behind|below|beside|besides|between|beyond|by|despite|during|for|from|in|inside|into|like|near|of|on|through|throughout|to|toward|towards|under|upon|with|within|without)$/i;
const notASubject = (subject: string) => {
  const first = /^\S+/.exec(subject)![0];
  return SUBORDINATOR.test(first) || (PREPOSITION.test(first) && !/^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u.test(subject.trim()));
};

/** The subject opening `clause` and what follows it, or null when none is recognised. */
export function subjectOf(clause: string): { subject: string; rest: string } | null {
  // No verb found: an appositive subject ("The delivery, originally due in May, ...") ends at
  // its comma.
  const m = SUBJECT.exec(clause) ?? /^([A-Z][^,]{2,60}),/.exec(clause) ?? NAMED_SUBJECT.exec(clause);
  if (!m || notASubject(m[1])) return null;
  return { subject: m[1].trim().replace(/(?:\s+(?:first|also|then|later|again|[a-z]+ly))+$/, ''), rest: clause.slice(m[0].length) };
}

const MODAL = /^(?:will|would|could|can|may|might|must|should|shall)\b/;
const NOT_A_VERB = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|it|he|she|they|we|i|you|there|then|also|now|in|on|at|by|for|to|of|with|from|more|most|some|all|other|another|both|each|no|not)$/;

/**
 * "(It would cut 4,000 jobs by 2027) and close its plant next year": a bare verb after "and"
 * shares the subject and the modal of the clause before ("It would close its plant"). `joined`
 * is the clause's own text, which must open on "and"/"or" and a lower-case word that is neither
 * a finite verb ("and prices fell" has a subject of its own) nor a function word.
 */
export function withModalSubject(label: string, joined: string, previous: string | null): string {
  const m = /^\s*(?:and|or|but)\s+([a-z][a-z-]*)\s+(\S+)/.exec(joined);
  if (!m || !previous || NOT_A_VERB.test(m[1])) return label;
  // "(She became director in 1989) and took it on tour in 1994": a past verb after "and" shares
  // the subject alone
  if (opensOnFiniteVerb(`${m[1]} `)) {
    const own = subjectOf(previous);
    return own ? shorten(`${own.subject} ${label.charAt(0).toLowerCase()}${label.slice(1)}`) : label;
  }
  if (opensOnFiniteVerb(m[2])) return label;
  // "The firm said it would cut ...": the reported clause's pronoun and modal
  const reported = /\b(it|he|she|they|we)\s+(will|would|could|can|may|might|must|should|shall)\b/i.exec(previous);
  const found = subjectOf(previous);
  const modal = found ? MODAL.exec(found.rest.trimStart()) : null;
  const [subject, verb] = found && modal ? [found.subject, modal[0]] : reported ? [reported[1], reported[2]] : [];
  if (!subject) return label;
  return shorten(`${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${verb} ${label.charAt(0).toLowerCase()}${label.slice(1)}`);
}

/**
 * `label` with the subject of `previous` put in front when `label` starts on a bare verb, or,
 * when `participle`, on the -ing form of a verbless clause (then with "is"/"was").
 */
export function withSubject(label: string, previous: string | null, participle = false): string {
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  if (!previous || !(participle || opensOnVerb(lower)) || /^(?:Where|When|Whether|How|Why|What|If|That|Which|Who)\b/.test(previous)) return label;
  const found = subjectOf(previous);
  if (!found) return label;
  const { subject, rest } = found;
  const be = participle ? `${beFor(subject, rest)} ` : '';
  return shorten(`${subject} ${be}${lower.replace(/…$/, '')}${label.endsWith('…') ? '…' : ''}`);
}


// "The space agency said Thursday | it has postponed the test until April": cut at its date, the
// attribution is a statement of its own with nothing left but the speaker, and the reported
// clause's opening pronoun is that speaker (news reports "X said it would ..." of X itself).
// ("But Moscow announced Friday | it will start ...": a conjunction opening the sentence is no
// part of the speaker's name)
const SPEAKER = /^\s*(?:(?:But|And|Yet|So|Meanwhile|However|Still),?\s+)?((?:The\s+|A\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|and\s+)?[A-Z\d][\w’'.&-]*|\s+[a-z][\w’'-]*){0,5}?)\s+(?:said|says|announced|confirmed|warned|added|stated|told\s+(?:reporters|journalists|lawmakers|analysts|investors|parliament))\s*[,.;:]?\s*$/;

/** `label` with its opening pronoun replaced by the speaker of `attribution`, when that is all it says. */
export function withSpeaker(label: string, attribution: string): string {
  const pronoun = /^(?:It|He|She|They)\s+(?=[a-z])/.exec(label);
  const speaker = pronoun && SPEAKER.exec(attribution.replace(DATELINE, ''));
  if (!pronoun || !speaker) return label;
  return shorten(`${speaker[1]} ${label.slice(pronoun[0].length)}`);
}
