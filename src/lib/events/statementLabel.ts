// The label of one statement: its gist (label.ts), the date kept when it is the subject, and
// the subject of the clause before borrowed when it has none (subject.ts). Must not know
// about statuses or the publication day.
import type { Timex } from '../document';
import { withCoordinated } from './coordinated';
import { overDashAside, underDashAside } from './dashAside';
import { appositionLabel } from './apposition';
import { makeLabel, sentenceCase, shorten, withoutSpans, withoutWebAddress } from './label';
import { sayingDatesLabel } from './sayingDates';
import { participleParts, type ParticipleParts } from './participial';
import { eventNounLabel } from './nounEvent';
import { EVENT_NOUN } from './nameYear';
import { isVerbal, readWords } from '../analysis/words';
import { antecedentBefore, joinPredicate, opensOnVerb, relativeParts } from './relative';
import { consequenceAt, participleHolding, periodClause, relativeHolding, sententialClause } from './relativeOnNoun';
import { joinSpans, restrictiveParts } from './restrictive';
import type { Span } from './sentences';
import type { Statement } from './statements';
import { isPlural, opensOnFiniteVerb, startsOnVerb, subjectOf, withModalSubject, withSpeaker, withSubject } from './subject';

/** "Founded in 1998, the company ..." dated 1998 -> "The company was founded"; a date of the
 * main clause labels the main clause alone. */
function frontedLabel(text: string, parts: ParticipleParts, drop: Timex[], own: Timex | undefined = drop[0]): string {
  const inPhrase = own !== undefined && own.start >= parts.phrase.start && own.start < parts.phrase.end;
  if (!inPhrase) return parts.mainOutside ? '' : makeLabel(text, parts.main, drop);
  const found = subjectOf(makeLabel(text, parts.main, []));
  // the phrase may be one word once its date has gone ("Founded"): too short for makeLabel
  const phrase = withoutSpans(text, parts.phrase, drop).replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim();
  if (!found || !phrase) return '';
  const words = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  const aux = parts.kind === 'perfect' ? 'had' : isPlural(found.subject) ? 'were' : 'was';
  return shorten(`${found.subject} ${aux} ${parts.kind === 'perfect' ? words.replace(/^having\s+/, '') : words}`);
}

/** Whether the label opens on an -ing word written in lower case in the clause ("while also
 * preparing for its parade"); "Boeing" and "Beijing" are capitalised where they stand. */
function startsOnParticiple(text: string, st: Statement, label: string): boolean {
  const first = /^([A-Za-z]+ing)\b/.exec(label)?.[1];
  if (!first) return false;
  const lower = first.toLowerCase();
  return new RegExp(`(?:^|[^A-Za-z])${lower}\\b`).test(text.slice(st.span.start, st.span.end));
}

/** The label of a head noun joined to its clause's predicate (joinPredicate's text). */
const joinedLabel = (joined: ReturnType<typeof joinPredicate>) => makeLabel(joined.text, { start: 0, end: joined.text.length }, joined.drop);

/**
 * The statement's label. A date that is the subject ("Sunday was chosen because ...") stays in;
 * a clause with no subject borrows the one of the statement before.
 */
// "The oil has been flowing since April 22, when a rig blew up and sank": what has held since
// the day is the aftermath; the "when" clause tells what happened on it, and is its label. So
// too for a thing's origin: "a grudge dating back to 2011, when she criticised the vote", and for
// a comparison's baseline: "worse than 1981, when domestic sales dropped 40 pct".
const SINCE_WHEN = /^,?\s+when,?\s+(?!asked\b|questioned\b|[a-z]+ing\b)(?=[\p{L}“"])/u;
function sinceWhenLabel(text: string, first: Timex, drop: Timex[]): string {
  if (!/\b(?:since|than(?:\s+in)?|dat(?:ing|es|ed)\s+(?:back\s+)?(?:to|from))\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, first.start - 24), first.start))) return '';
  const when = SINCE_WHEN.exec(text.slice(first.end, first.end + 20));
  if (!when) return '';
  const start = first.end + when[0].length;
  // ("since July 1944, when, after 22 days of talks at a remote lodge, delegates agreed ...": the
  // clause's own opening phrase runs to its comma, and the label's rules drop it)
  const opening = /^(?:after|before|following|during|amid|in|on|at|with)\b[^,.;]{3,120},\s+/i.exec(text.slice(start, start + 200));
  const from = start + (opening ? opening[0].length : 0);
  const stop = /[.;!?\n]|,\s|\s[—–]\s/.exec(text.slice(from, from + 300));
  const clause = { start, end: from + (stop ? stop.index : Math.min(300, text.length - from)) };
  const label = makeLabel(text, clause, drop);
  return label && !startsOnVerb(label) ? label : '';
}

// "Nikki Haley said on Tuesday | that she would resign at the end of the year", "Ford said on
// Tuesday | that its sales rose 43% in February": a clause with two dates is cut before its
// "that"; saying it was the day's news, and the label runs on into what was said, the other
// date left out. Two dates, two events: what was said on its own date, the saying on its day.
// (Without "that", only a pronoun surely opens what was said: "said on Friday | they would".)
const SAYING_VERBS = 'said|says|announced|announces|added|stated|confirmed|warned|declared|disclosed|revealed';
const ENDS_SAYING = new RegExp(`\\b(?:${SAYING_VERBS}|told\\s+[\\w.'’-]+(?:\\s+[\\w.'’-]+)?)\\W*$`, 'i');
// the saying and its speaker, then the "that" the run-on label leaves out
const SAID_THAT = new RegExp(`^(.{3,80}?\\b(?:${SAYING_VERBS}|told\\s+\\S+(?:\\s+\\S+)?))\\s+that\\s+`);
function reportedRunOn(text: string, st: Statement, drop: Timex[]): string {
  // (the "that" may be left out: "said on Friday | they would begin talks")
  if (!/^\s*(?:that\s+\S|(?:he|she|it|they|we|I)\s)/.test(text.slice(st.span.end, st.span.end + 14))) return '';
  if (!ENDS_SAYING.test(withoutSpans(text, st.span, drop).replace(/\s+/g, ' ').trim())) return '';
  const stop = /[.;!?](?=\s|$)|\n/.exec(text.slice(st.span.end, st.span.end + 400));
  const clause = { start: st.span.start, end: st.span.end + (stop ? stop.index : Math.min(400, text.length - st.span.end)) };
  return makeLabel(text, clause, drop, true).replace(SAID_THAT, '$1 ');
}

// "since his death last year", "after their split in 2019": the happening was someone's, and
// the label keeps whose (pronoun.ts then names the owner: "Jackson's death")
const NAME_AND_VERB = /^((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*)\s+(?:has|have|had|was|is|were|will|would|[a-z]{2,}ed|[a-z]{2,}s)\b/u;
function ownedHappening(text: string, statement: { start: number }, date: Timex, happening: string): string {
  const words = happening.replace(/^The\s+/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const lead = text.slice(Math.max(statement.start, date.start - 80), date.start);
  const owner = new RegExp(`\\b(his|her|its|their)\\s+${words}\\s+(?:(?:in|on|of|during)\\s+)?$`, 'i').exec(lead);
  if (!owner) return happening;
  // ("Jackson has been named the top seller since his death": the owner is the clause's subject)
  const found = NAME_AND_VERB.exec(text.slice(statement.start, date.start - lead.length + owner.index).trim());
  // (a name, not a common noun that opens the sentence: "Farmers lobbied ...")
  const common = found && !/\s/.test(found[1]) && (new RegExp(`\\b${found[1].toLowerCase()}\\b`).test(text) || (/s$/.test(found[1]) && !readWords(found[1], 0, found[1].length).some((w) => w.proper || w.person)));
  const name = found && !common && !/^(?:The|A|An|It|He|She|They|We|I|This|That|These|Those)\b/.test(found[1]) ? found[1] : null;
  // ("Johnson left the Cowboys following their Super Bowl win": a "their" is the team just named)
  const team = !name && /^their$/i.test(owner[1]) ? [...text.slice(statement.start, date.start - lead.length + owner.index).matchAll(/\b[Tt]he\s+((?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*s)\b/gu)].at(-1) : undefined;
  // ("hoping to push Harper to give them more funding following his announcement": the one
  // person the clause names before a "his" or a "her" is whose it was)
  const clause = text.slice(statement.start, date.start - lead.length + owner.index);
  const people = /^(?:his|her)$/i.test(owner[1]) ? [...new Set([...clause.matchAll(/(?<=[\p{Ll},]\s+)(?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+(?![\p{L}’'])/gu)].map((m) => m[0]))] : [];
  const person = !name && people.length === 1 ? people[0] : null;
  const whose = name ? `${name}’s` : person ? `${person}’s` : team ? `The ${team[1]}’` : `${owner[1].charAt(0).toUpperCase()}${owner[1].slice(1).toLowerCase()}`;
  return `${whose} ${happening.replace(/^The\s+/, '')}`;
}

// "after this weekend's meeting of the Group of 20 nations", "since the April explosion on a rig
// that killed 11 workers": a happening named by its noun alone ("The meeting", "The explosion")
// says little on a timeline; news writes what it was in the phrase after the noun (whose it
// was, where it struck) and often what it did in a relative clause. The label takes both, when
// short: "The meeting of the Group of 20 nations", "The explosion on a rig killed 11 workers".
const PHRASE_AFTER = /^\s+(of|on|at|in|against|between|over|by)\s+((?:(?!(?:that|which|who|whom|to|when|where|and|but|as|after|before|while|because|amid|since|until|said|says|is|was|were|are|has|had|have|will|would|may|might|could|can|should|must|did|does|do|remains|remain|seems|seem)\b)[\p{L}\d$€£%’'.-]+\s*){1,10}?)(?=[,;:.()—–"“”]|\s+(?:that|which|who|to|when|where|and|but|as|after|before|while|because|amid|since|until|said|says|is|was|were|are|has|had|have|will|would|may|might|could|can|should|must|did|does|do|remains|remain|seems|seem)\b|$)/u;
const SHORT_PHRASE = /^\s+(of|by|against|on|over)\s+((?:(?:the|a|an|its|their)\s+)?[\p{L}\d][\p{L}\d’'-]*(?:\s+[\p{L}\d][\p{L}\d’'-]*){0,3}?)(?=\s*[,;:.()—–"“”]|\s+(?:of|for|in|on|at|by|from|with|to|that|which|who)\b)/u;
const DATE_WORD = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|tomorrow|yesterday|morning|afternoon|evening|night|week|weekend|month|year|season|\d{4})\b/i;
const DID = /^\s*,?\s+(?:which|that)\s+((?:[a-z]{3,}ed|killed|left|injured|wounded|destroyed|sank|hit|struck|claimed|sparked|triggered|caused|cost|damaged|devastated|flattened|toppled|ousted|brought|ended|began|started|forced|spilled|unleashed)\b(?:\s+(?!(?:and|but|which|that|who|when|while|as|after)\b)(?:[\p{L}\d$€£%’'.-]|,(?=\d))+){1,8}?)(?=[,;:.()—–"“”]|\s+(?:and|but|which|that|who|when|while|as|after)\b|$)/u;
function withWhatItWas(text: string, statement: { start: number; end: number }, date: Timex, happening: string): string {
  const words = happening.split(' ');
  if (words.length > 3) return happening;
  const noun = words[words.length - 1];
  // the noun as it stands beside the date: before it ("the explosion in April") or after it
  const window = text.slice(Math.max(statement.start, date.start - 60), Math.min(statement.end, date.end + 50));
  const base = Math.max(statement.start, date.start - 60);
  const found = [...window.matchAll(new RegExp(`\\b${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((m) => base + m.index! + m[0].length);
  if (!found.length) return happening;
  const nounEnd = found.reduce((a, b) => (Math.abs(b - date.end) < Math.abs(a - date.end) ? b : a));
  // (a date between the noun and its phrase goes: "the inauguration in May of President Yar'Adua")
  let from = nounEnd;
  if (nounEnd <= date.start) {
    const gap = text.slice(nounEnd, date.start);
    if (!/^\s*(?:in|on|of|at|during)?\s*$/i.test(gap)) return happening;
    from = date.end;
  }
  if (from >= statement.end) return happening;
  // ("next year's World Cup qualifiers": a noun that opens a name takes the rest of the name)
  // (not a sentence run on after it: "survivors of Tuesday's earthquake When an earthquake struck")
  const name = nounEnd > date.start ? /^(?:\s+(?!(?:When|The|A|An|In|On|At|As|It|He|She|They|We|I|This|That|These|Those|But|And|Or|If|After|Before|While|Since|Until|Once|Now|Then|There|Here|What|Who|How|Why|Where)\b)\p{Lu}[\p{L}\d’'-]*){1,3}(?=\s+\p{Ll}|[,;.:]|$)/u.exec(text.slice(nounEnd, statement.end)) : null;
  if (name) return `${happening}${name[0]}`;
  const rest = text.slice(from, statement.end);
  const phrase = PHRASE_AFTER.exec(rest);
  // (a phrase that runs on into a verb is the clause's, not the happening's: "until the June
  // floods in the valley recede")
  // ("today's announcement of a funding cut of about half a million dollars for the next year
  // has dealt ...": the phrase up to the next preposition may still say what it was)
  if (!phrase || readWords(phrase[2], 0, phrase[2].length).some((w, k) => k > 0 && isVerbal(w))) {
    const short = SHORT_PHRASE.exec(rest);
    if (short && !DATE_WORD.test(short[2])) return shorten(`${happening} ${short[1]} ${short[2]}`);
    if (phrase) return happening;
  }
  // (a "by" that holds a date is a deadline, not who did it: "Saturday's vote by Tuesday afternoon")
  if (phrase && phrase[1] === 'by' && DATE_WORD.test(phrase[2])) return happening;
  const afterPhrase = phrase ? rest.slice(phrase[0].length) : rest;
  const did = DID.exec(afterPhrase);
  if (!phrase && !did) return happening;
  // (the sentence's full stop is no part of the phrase; an abbreviation's is: "the U.S.")
  const bare = (w: string) => w.trim().replace(/(?<!\b\p{Lu})[.,;:]+$/u, '');
  const label = [happening, phrase ? `${phrase[1]} ${bare(phrase[2])}` : '', did ? bare(did[1]) : ''].filter(Boolean).join(' ');
  return shorten(label);
}

// "The union welcomed a landmark ruling by the European Commission in 2004", "Critics recalled
// the attack on the embassy in 1998": a verb that looks back at a happening (welcoming,
// condemning, recalling, appealing against it) is told at another time than the happening its
// object names; the date written with the object dates the happening, and its label is the
// happening's phrase ("The European Commission's landmark ruling"), not the looking back.
// (A verb that makes the happening, "held a summit in March", "won the election in 2004", keeps
// its clause: both are on the date.)
const LOOKS_BACK =
  '(?:welcom(?:ed|es|e|ing)|prais(?:ed|es|e|ing)|hail(?:ed|s)?|applaud(?:ed|s)?|criticis(?:ed|es|e|ing)|criticiz(?:ed|es|e|ing)|condemn(?:ed|s)?|denounc(?:ed|es|e)|recall(?:ed|s)?|remember(?:ed|s)?|commemorat(?:ed|es|e|ing)|mourn(?:ed|s)?|cit(?:ed|es|ing)|challeng(?:ed|es|e|ing)|appeal(?:ed|s)?\\s+against|overturn(?:ed|s)?|uph(?:eld|olds?)|investigat(?:ed|es|e|ing)|prob(?:ed|es|e|ing)|review(?:ed|s)?|disput(?:ed|es|e)|defend(?:ed|s)?|blam(?:ed|es|e)|referr(?:ed|ing)\\s+to|refers?\\s+to|survived|survives|protest(?:ed|s)?\\s+against)';
// (the looking back's own day may stand before its object: "welcomed on Monday a ruling ...")
const LOOKED_AT = new RegExp(`\\b${LOOKS_BACK}\\s+(?:(?:on\\s+|late\\s+|early\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\\s+)?(the|an?|its|their|his|her)\\s+([^,;:.()“”"]{3,100}?)\\s+(?:(?:in|on|of|during)\\s+)?$`, 'i');
const MODIFIER = /^[\p{L}\d][\p{L}\d’'-]*$/u;
const NOT_MODIFIER = /^(?:is|are|was|were|has|have|had|will|would|that|which|who|and|or|but|to|said|says)$/i;
const OWNER_PREPOSITION = /^(?:by|of|on|against|at|in|with|between|over|for|from)$/i;
// (a year written out: wire copy dates the news's own verb by a bare weekday, "condemned the
// attacks Friday", and the looking back itself is what is new)
function lookedBackLabel(text: string, statement: { start: number }, date: Timex): string {
  if (!/\b(?:1[89]|20)\d\d\b/.test(date.text)) return '';
  const lead = text.slice(Math.max(statement.start, date.start - 160), date.start);
  const m = LOOKED_AT.exec(lead);
  if (!m) return '';
  const words = m[2].trim().split(/\s+/);
  const noun = words.findIndex((w) => EVENT_NOUN.test(w));
  if (noun < 0 || noun > 3 || !words.slice(0, noun + 1).every((w) => MODIFIER.test(w) && !NOT_MODIFIER.test(w))) return '';
  const rest = words.slice(noun + 1);
  // after the noun only whose or where it was: one phrase of at most five words
  if (rest.length && (!OWNER_PREPOSITION.test(rest[0]) || rest.length > 6 || rest.slice(1).some((w) => NOT_MODIFIER.test(w) || !MODIFIER.test(w.replace(/[.,]$/, ''))))) return '';
  const head = words.slice(0, noun + 1).join(' ');
  // "a ruling by the European Commission": the one who made it owns it
  const agent = rest.length > 1 && /^by$/i.test(rest[0]) && /^(?:the\s+)?\p{Lu}/u.test(rest.slice(1).join(' ')) ? rest.slice(1).join(' ') : null;
  const det = m[1].toLowerCase();
  const owner = /^(?:his|her|its|their)$/.test(det) ? `${det.charAt(0).toUpperCase()}${det.slice(1)}` : 'The';
  const label = agent ? `${agent.charAt(0).toUpperCase()}${agent.slice(1)}’s ${head}` : `${owner} ${[head, ...rest].join(' ')}`;
  return shorten(label);
}

// ("AT&T has been expanding its fiber network, which will reach ..."): a head owned by a
// pronoun is owned by the clause's subject when that is a name; else no label is made from it
const OWNER_PRONOUN = /^(?:its|their|his|her)\s+/i;
const OWNER_NAME = /^((?:\p{Lu}[\p{L}&’'.-]*\s+){0,3}\p{Lu}[\p{L}&’'.-]*)\s+(?:has|have|had|was|is|were|will|would|said|told|[a-z]{2,}ed|[a-z]{2,}s)\b/u;
function ownerNamed(text: string, statement: { start: number }, head: { start: number }, label: string): string {
  const owner = OWNER_PRONOUN.exec(label);
  if (!owner) return label;
  const found = OWNER_NAME.exec(text.slice(statement.start, head.start).trim().replace(/^(?:and|but|so|yet)\s+/i, ''));
  // (a name may open on "The": "The Daily Post said its poll ..."; not "The" alone before a noun)
  if (!found || /^(?:A|An|It|He|She|They|We|I|This|That|These|Those)\b/.test(found[1]) || /^The$/.test(found[1])) return '';
  return `${found[1]}’${/s$/.test(found[1]) ? '' : 's'} ${label.slice(owner[0].length)}`;
}

/** The words before `at` back to its sentence's start (a full stop, a line's start), at most
 * 160 characters. */
function clauseBefore(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - 160);
  const stop = Math.max(text.lastIndexOf('\n', at - 1), text.slice(from, at).search(/[.!?]\s+(?=[A-Z][^.!?]*$)/) >= 0 ? from + text.slice(from, at).search(/[.!?]\s+(?=[A-Z][^.!?]*$)/) + 1 : -1, from - 1);
  return { start: stop + 1, end: at };
}

export function labelOf(text: string, st: Statement, dates: Timex[]): string {
  const label = clauseLabel(text, st, dates);
  // ("Also Tuesday, Adm. Ruth Calder — the head of the fleet — was in Manila": a statement that
  // ends on its subject is labelled with the predicate after the aside; only a label the
  // statement has already, so no event is drawn that was not)
  const dashed = label ? overDashAside(text, st.span) ?? underDashAside(text, st.span) : null;
  if (!dashed) return label;
  const own = withCoordinated(text, dates.slice(0, 1), st.timexes);
  return makeLabel(text, dashed, [...new Set([...own, ...dates.slice(1)])].sort((a, b) => a.start - b.start)) || label;
}

// ("Gibbs told reporters on Friday the speech would be given on June 4": the saying's day and
// the day inside what was said label apart; only a label the statement has already, so no event
// is drawn that was not)
function clauseLabel(text: string, st: Statement, dates: Timex[]): string {
  const label = statementClauseLabel(text, st, dates);
  if (!label) return label;
  const own = withCoordinated(text, dates.slice(0, 1), st.timexes);
  const drop = [...new Set([...own, ...dates.slice(1)])].sort((a, b) => a.start - b.start);
  return sayingDatesLabel(text, st, own, drop) || label;
}

// "Exports grew by 4% in 2010 and 2% in 2009", "the last strikes were a rail stoppage in 1977
// and a dock walkout in 1985", "The fair opens today and runs until 27 May": two conjuncts, each
// with its own date. The first date's label is its own conjunct, up to the "and"; the second's
// keeps the sentence whole (its conjunct alone has lost what it shares).
const SECOND_CONJUNCT = /^\s*,?\s*and\s+(?=\S)[^,;:()]{1,40}?\s+(?:(?:in|on|at|during|by|until|till|through)\s+)?$/i;
function firstConjunctEnd(text: string, st: Statement, first: Timex | undefined): number {
  if (!first) return -1;
  const next = st.timexes.filter((t) => t.start >= first.end && t.end <= st.span.end).sort((a, b) => a.start - b.start)[0];
  if (!next || !SECOND_CONJUNCT.test(text.slice(first.end, next.start))) return -1;
  // (nor a pair told one by one after its noun: "two cuts, the first in June and the second in
  // September", which the label keeps whole)
  if (/,\s+(?:the\s+)?(?:first|one|former|earlier)\b[^,;]*$/i.test(text.slice(st.span.start, first.start))) return -1;
  // (what follows the second date ends the sentence or opens a phrase of its own)
  // (not a list set off inside the clause, whose verb comes after it: "The two bids, the first
  // on May 2 and the second on June 9, were rejected")
  if (!/^\s*(?:[.;:!?]|$|,\s+(?:[a-z]+ing|compared|according|while|whereas|but|as|with|after|before|when|which|who|where|although|though|than|including|up|down)\b)/.test(text.slice(next.end, st.span.end))) return -1;
  return first.end;
}

function statementClauseLabel(text: string, st: Statement, dates: Timex[]): string {
  const cut = firstConjunctEnd(text, st, dates[0]);
  if (cut > 0) st = { ...st, span: { start: st.span.start, end: cut } };
  // the mention's own date (and those coordinated with it) decides which clause is labelled;
  // every date given is left out of the words
  const own = withCoordinated(text, dates.slice(0, 1), st.timexes);
  const drop = [...new Set([...own, ...dates.slice(1)])].sort((a, b) => a.start - b.start);
  const first = own[0];
  const since = first ? sinceWhenLabel(text, first, drop) : '';
  if (since) return since;
  // "more than the Exxon Valdez spill in 1989": the happening the date belongs to
  const happening = first ? eventNounLabel(text, st.span, first) : '';
  if (happening) return withoutWebAddress(withWhatItWas(text, st.span, first!, ownedHappening(text, st.span, first!, happening)));
  const lookedBack = first ? lookedBackLabel(text, st.span, first) : '';
  if (lookedBack) return lookedBack;
  // ("Profits rose in the last quarter, which ended March 31": the date is the quarter's end)
  const period = first ? periodClause(text, st.span, first) : null;
  if (period) {
    const label = makeLabel(text, period, drop);
    if (label) return label;
  }
  // ("..., which is why I'm suspending my campaign tonight": the consequence's own clause)
  const consequence = first ? sententialClause(text, st.span, first) : null;
  if (consequence) {
    const label = makeLabel(text, consequence, drop);
    if (label && !startsOnVerb(label)) return sentenceCase(label);
  }
  const relative = relativeParts(text, st.span);
  // (not a date in a clause of its own inside it: "the leak, set off by a blast that killed 11
  // two months ago, ...")
  const inPhrase = !!relative && first !== undefined && first.start >= relative.relative.start && first.start < relative.relative.end;
  const inner = inPhrase && /\b(?:that|which|who)\b/.test(text.slice(relative!.relative.start, first!.start));
  const inRelative = inPhrase && !inner;
  // ("Eleven men were killed on 20 April in the explosion, which sent ...": a date in the clause
  // before the pronoun is that clause's, which the statement's own label gives)
  if (relative && !inner && (inRelative || !relative.clause)) {
    // "The strike, which began on Monday, will end on Friday": the date's own predicate
    const own = inRelative || !relative.main;
    const joined = joinedLabel(joinPredicate(text, relative.head, own ? relative.relative : relative.main!, drop, own ? relative.be : ''));
    const label = relative.clause ? ownerNamed(text, st.span, relative.head, joined) : joined;
    if (label) return sentenceCase(label);
  }
  // ("Zoo staff said the zoo, which has been shut since the storm, would reopen on Monday": a
  // relative clause after a clause's object is an aside; a date after it is the main clause's,
  // and so is an undated plan's label)
  // (only where a verb follows the comma: not a clause that goes on, "which will launch in May, and
  // more likely in June, ...", nor a list, "which includes upkeep, exercise and training")
  if (relative && relative.clause && !inRelative && relative.main && (!first || first.start >= relative.main.start) && opensOnVerb(text.slice(relative.main.start, relative.main.end))) {
    const label = joinedLabel(joinPredicate(text, relative.before, relative.main, drop));
    if (label) return label;
  }
  // ("Reyes saved twice and Ola Berg, who turns 19 on Friday, came on late": the relative
  // clause the date is in, told of the noun before it)
  // (told of the head, and owned by the clause's subject when the head is "its" something)
  const toldOf = (head: Span, clause: Span, be: string) => ownerNamed(text, st.span, head, joinedLabel(joinPredicate(text, head, clause, drop, be)));
  const holding = first ? relativeHolding(text, st.span, first, drop) : null;
  if (holding) {
    const label = toldOf(holding.head, holding.relative, holding.be);
    if (label) return sentenceCase(label);
  }
  // ("... by a formula, developed in the 1950s, that looks at ...": a participle's phrase on a noun)
  const aside = first ? participleHolding(text, st.span, first) : null;
  if (aside) {
    const label = toldOf(aside.head, aside.phrase, aside.be);
    if (label) return sentenceCase(label);
  }
  // ("A judge on the court between 2001 and 2006, Al-Araby joined ...": a noun phrase beside a name)
  const apposed = first ? appositionLabel(text, st.span, first, drop) : '';
  if (apposed) return apposed;
  // (a clause with two dates is cut before its relative pronoun: "removed the cap Saturday |
  // that had been placed in early June"; the head is found in the part before)
  // (a clause set off by a dash or a semicolon may stand with no statement before it: the words
  // back to its sentence's start are the clause before)
  const setOff = !st.previous && /(?:;|\s[—–]|\s--)\s*$/.test(text.slice(Math.max(0, st.span.start - 4), st.span.start)) ? clauseBefore(text, st.span.start) : null;
  const clauseAhead = st.previous?.span ?? setOff;
  const pronoun = clauseAhead ? /^\s*(that|which|who|whose)\s+/.exec(text.slice(st.span.start, st.span.start + 10)) : null;
  const opensOnPronoun = !!pronoun;
  // ("The council met on Monday with the mayor, | who resigned in March": "The mayor resigned";
  // "which he will represent", a relative clause with a subject of its own, is left alone;
  // "Hands, | whose firm bought EMI last year": "Hands’s firm bought EMI")
  // ("The road was closed, | which means the market will open late on Friday": a "which" for the
  // whole clause before; the consequence is the label)
  const consequence2 = pronoun?.[1] === 'which' ? consequenceAt(text.slice(st.span.start + pronoun[0].length, st.span.end)) : -1;
  if (pronoun && consequence2 >= 0) {
    const label = makeLabel(text, { start: st.span.start + pronoun[0].length + consequence2, end: st.span.end }, drop);
    if (label && !startsOnVerb(label)) return sentenceCase(label);
  }
  const whose = pronoun?.[1] === 'whose';
  const antecedent = pronoun && pronoun[1] !== 'that' && (whose || opensOnVerb(text.slice(st.span.start + pronoun[0].length, st.span.end))) ? antecedentBefore(text, clauseAhead!, whose ? 'who' : pronoun[1]) : null;
  if (pronoun && antecedent) {
    // (the relative clause ends at a comma, a dash or a semicolon before the main clause's verb:
    // "..., would stay", "— who ... — is pleading")
    const from = st.span.start + pronoun[0].length;
    const close = /,\s+(?=[a-z])|;|\s[—–]\s|\s--\s/.exec(text.slice(from, st.span.end));
    const label = joinedLabel(joinPredicate(text, antecedent, { start: from, end: close ? from + close.index : st.span.end }, drop, whose ? '’s' : ''));
    if (label) return sentenceCase(label);
  }
  const scope = opensOnPronoun ? { start: clauseAhead!.start, end: st.span.end } : st.span;
  const restrictive = first ? restrictiveParts(text, scope, first.start, first.end) : null;
  if (restrictive) {
    // "ending a standoff that began in June": the standoff began in June, the council did not;
    // "a sprained finger that he suffered on Nov. 16": he suffered the sprained finger then
    const object = restrictive.object;
    const label = object ? objectLabel(text, scope, object, restrictive, drop) : joinedLabel(joinPredicate(text, restrictive.head, restrictive.relative, drop));
    if (label) return sentenceCase(label);
  }
  const fronted = participleParts(text, st.span);
  if (fronted) {
    const label = frontedLabel(text, fronted, drop, first);
    if (label) return label;
  }
  const reported = reportedRunOn(text, st, drop);
  if (reported) return reported;
  let label = makeLabel(text, st.span, drop);
  if (label && first && startsOnVerb(label) && /^\W*$/.test(text.slice(st.span.start, first.start))) {
    label = makeLabel(text, st.span, []);
  }
  const prev = st.previous;
  if (!label || !prev) return label;
  const participle = startsOnParticiple(text, st, label);
  const previous = makeLabel(text, prev.span, prev.timexes);
  // ("Hollywood's studios said on Friday | they would begin talks": the clause before is all
  // attribution, and its speaker is the pronoun's, whatever else its label says)
  const spoken = withSpeaker(label, withoutSpans(text, prev.span, prev.timexes).replace(/\s+/g, ' '));
  if (!previous || spoken !== label) return spoken;
  // ("Tani joined in 1996 and | was a member of a 12-day mission in 2001 to deliver ...": a label
  // cut before its subject is put in front is cut again after, where its phrases end)
  const whole = label.endsWith('…') ? makeLabel(text, st.span, drop, false, true) : label;
  // ("Ann Roe said before the break she had decided, | but would not say so until May": where the
  // gist of the clause before opens on a phrase, its subject is the one it was written with)
  const written = subjectOf(previous) ? previous : spokenClause(text, prev.span, prev.timexes);
  if (participle || startsOnVerb(label)) return uncut(withSubject(whole, written, participle), whole, label);
  // the clause before as it is labelled, speaker and all: "(Autowerk would cut ...) and close"
  return uncut(withModalSubject(whole, text.slice(st.span.start, st.span.end), labelOf(text, prev, prev.timexes)), whole, label);
}

/** An object relative clause told in order, subject, verb, head and the rest ("He suffered a
 * sprained finger in the win"); its "he" or "she" is the person the clause it hangs on opens on
 * ("Durant left the game because of a sprained finger that he said he suffered ..."). */
function objectLabel(text: string, scope: Span, object: { subject: Span; verb: Span }, parts: { head: Span; relative: Span }, drop: Timex[]): string {
  const label = joinedLabel(joinSpans(text, [object.subject, object.verb, parts.head, parts.relative], drop));
  if (!/^(?:he|she)$/i.test(text.slice(object.subject.start, object.subject.end))) return label;
  const lead = text.slice(scope.start, parts.head.start).trimStart();
  const person = /^((?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+)\s+(?=\p{Ll})/u.exec(lead);
  if (!person || /^(?:The|A|An|He|She|It|They|We|I|This|That|In|On|At|After|When|But|And)\b/.test(person[1]) || !opensOnVerb(lead.slice(person[0].length))) return label;
  return label.replace(/^(?:He|She)\b/, person[1]);
}

/** The clause as written, without its dates, when it opens on its speaker: "Ann Roe said ...". */
function spokenClause(text: string, span: Span, drop: Timex[]): string {
  const clause = withoutSpans(text, span, drop).replace(/\s+/g, ' ').trim();
  return /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}\s+(?:said|says|told|added|announced|insisted|stressed)\b/u.test(clause) ? clause : '';
}

/** The label with a borrowed subject, or the label as first cut where none was borrowed. */
const uncut = (borrowed: string, whole: string, label: string) => (borrowed === whole ? label : borrowed);

