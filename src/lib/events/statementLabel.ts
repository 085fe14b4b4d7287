// The label of one statement: its gist (label.ts), the date kept when it is the subject, and
// the subject of the clause before borrowed when it has none (subject.ts). Must not know
// about statuses or the publication day.
import type { Timex } from '../document';
import { withCoordinated } from './coordinated';
import { makeLabel, shorten, withoutSpans } from './label';
import { participleParts, type ParticipleParts } from './participial';
import { eventNounLabel } from './nounEvent';
import { antecedentBefore, joinPredicate, relativeParts } from './relative';
import { restrictiveParts } from './restrictive';
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

export function labelOf(text: string, st: Statement, dates: Timex[]): string {
  // the mention's own date (and those coordinated with it) decides which clause is labelled;
  // every date given is left out of the words
  const own = withCoordinated(text, dates.slice(0, 1), st.timexes);
  const drop = [...new Set([...own, ...dates.slice(1)])].sort((a, b) => a.start - b.start);
  const first = own[0];
  const since = first ? sinceWhenLabel(text, first, drop) : '';
  if (since) return since;
  // "more than the Exxon Valdez spill in 1989": the happening the date belongs to
  const happening = first ? eventNounLabel(text, st.span, first) : '';
  if (happening) return happening;
  const relative = relativeParts(text, st.span);
  const inRelative = !!relative && first !== undefined && first.start >= relative.relative.start && first.start < relative.relative.end;
  // ("Eleven men were killed on 20 April in the explosion, which sent ...": a date in the clause
  // before the pronoun is that clause's, which the statement's own label gives)
  if (relative && (inRelative || !relative.clause)) {
    // "The strike, which began on Monday, will end on Friday": the date's own predicate
    const own = inRelative || !relative.main;
    const label = joinedLabel(joinPredicate(text, relative.head, own ? relative.relative : relative.main!, drop, own ? relative.be : ''));
    if (label) return label;
  }
  // (a clause with two dates is cut before its relative pronoun: "removed the cap Saturday |
  // that had been placed in early June"; the head is found in the part before)
  const pronoun = st.previous ? /^\s*(that|which|who)\s+/.exec(text.slice(st.span.start, st.span.start + 10)) : null;
  const opensOnPronoun = !!pronoun;
  // ("The council met on Monday with the mayor, | who resigned in March": "The mayor resigned";
  // "which he will represent", a relative clause with a subject of its own, is left alone)
  const antecedent = pronoun && pronoun[1] !== 'that' && opensOnFiniteVerb(text.slice(st.span.start + pronoun[0].length, st.span.end)) ? antecedentBefore(text, st.previous!.span) : null;
  if (pronoun && antecedent) {
    // (the relative clause ends at a comma before the main clause's verb: "..., would stay")
    const from = st.span.start + pronoun[0].length;
    const close = /,\s+(?=[a-z])/.exec(text.slice(from, st.span.end));
    const label = joinedLabel(joinPredicate(text, antecedent, { start: from, end: close ? from + close.index : st.span.end }, drop));
    if (label) return label.charAt(0).toUpperCase() + label.slice(1);
  }
  const scope = opensOnPronoun ? { start: st.previous!.span.start, end: st.span.end } : st.span;
  const restrictive = first ? restrictiveParts(text, scope, first.start) : null;
  if (restrictive) {
    // "ending a standoff that began in June": the standoff began in June, the council did not
    const label = joinedLabel(joinPredicate(text, restrictive.head, restrictive.relative, drop));
    if (label) return label.charAt(0).toUpperCase() + label.slice(1);
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
  if (participle || startsOnVerb(label)) return withSubject(label, previous, participle);
  // the clause before as it is labelled, speaker and all: "(Autowerk would cut ...) and close"
  return withModalSubject(label, text.slice(st.span.start, st.span.end), labelOf(text, prev, prev.timexes));
}

