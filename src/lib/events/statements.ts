// A sentence -> its statements: clauses, each holding the timexes that date it and the cue
// words that say how it is reported. Must not know about labels, ranges or the publication day.
import type { Timex } from '../document';
import { firstWeakJoint, splitClauses } from './clauses';
import { readCues, type Cues } from './cues';
import { joinsRange } from './ranges';
import { withoutSpans } from './label';
import { opensOnFiniteVerb } from './subject';
import type { Span } from './sentences';

export interface Statement {
  span: Span;
  timexes: Timex[];
  /** The clause with its date words blanked (so "May" the month is not read as a modal). */
  cueText: string;
  cues: Cues;
  /** A back-reference ("but that did not materialize") already folded into the clause before. */
  consumed: boolean;
  /** The statement before this one in the same sentence, if any. */
  previous: Statement | null;
}

// A calendar date; PRESENT_REF/PAST_REF/FUTURE_REF ("now", "formerly", "soon") are typed DATE
// by TimeML but name no day, so they neither date a clause nor cut one.
const isDate = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && !t.value.endsWith('_REF');
const LEAD = /^[\s,;:—–-]*(?:(?:and|but|while|whereas|although|though|yet|also|even as|meanwhile)\b[\s,]*){0,3}/i;
// "…, while also preparing for its parade": a verbless participle clause shares the subject and
// the modal of the clause before it.
const PARTICIPLE = /^[a-z]+ing\b/; // lower case: "Boeing said" is not a participle
// "…, but that did not materialize": points back at the clause before.
const BACK_REFERENCE = /^(?:that|it|this|they|those|these|which|the (?:plan|meeting|talks|summit|visit|deal|trip|vote|event))\b/i;

/** Words of two letters or more in `s`, counted up to `enough` (callers only compare). */
function words(s: string, enough = 3): number {
  const word = /[A-Za-z\u00c0-\uffff]{2,}/g;
  let n = 0;
  while (n < enough && word.test(s)) n++;
  return n;
}

/** Clause spans with date-only clauses ("Last week, while ...") merged into their neighbour. */
function clausesOf(text: string, sentence: Span, timexes: Timex[]): Span[] {
  const raw = splitClauses(text, sentence);
  const out: Span[] = [];
  let carry: number | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c: Span = { start: carry ?? raw[i].start, end: raw[i].end };
    const bare = words(withoutSpans(text, raw[i], timexes.filter(isDate)), 2) < 2;
    if (bare && i < raw.length - 1) {
      carry = c.start;
      continue;
    }
    carry = null;
    if (bare && out.length) out[out.length - 1].end = c.end;
    else out.push(c);
  }
  return out;
}

/** "and construction started (two years later)": a noun and its verb after "and"/"but" are a
 * clause of their own, short as they are; "and the second (in June)" is not. */
function isShortClause(piece: string): boolean {
  const m = /^[\s,]*(?:and|but)\s+[a-z][\w’'-]+\s+(.*)$/i.exec(piece);
  return !!m && opensOnFiniteVerb(m[1]);
}

// "The panel met on Monday and Thursday in the capital", "spread in March and April in the
// United States": two dates joined by "and"/"or" with a phrase, not a clause, after the second
// are the one clause's dates (mentions.ts makes one span or two mentions of them); "fell on
// Monday and on Tuesday it recovered" has a clause of its own after the second.
const DATE_COORDINATION = /^\s*,?\s*(?:and|(?:and\/)?or)\s+(?:(?:in|on|at|during|by)\s+)?(?:the\s+)?$/i;
const PHRASE_AFTER = /^\s*(?:$|[,.;:—–-]|(?:in|on|at|for|from|to|with|of|across|around|near|outside|inside|after|before|during)\b)/i;
function coordinatedDates(text: string, a: Timex, b: Timex, clauseEnd: number): boolean {
  return DATE_COORDINATION.test(text.slice(a.end, b.start)) && PHRASE_AFTER.test(text.slice(b.end, clauseEnd));
}

// "Sales rose 12 percent in March, the company said on Tuesday", "The economy grew 1.1% in the
// first quarter, the statistics institute said Friday": a speaker and a day after the last comma
// report the clause before them; news dates the saying by its own day and what was said by the
// dates inside it. Cut apart, the saying is left without what it said and gives no event; kept
// whole, the clause gives both (sayingDates.ts labels them where it can). (A speaker of its own
// after that comma: in "will open April 24, producers A, B and C, announced today" the speakers
// are a list, and the clause is cut before them as before.)
const SAYING_AFTER = /^,[”"]?\s+(?:[\w.’'-]+\s+){1,7}?(?:said|says|announced|told\s+(?:reporters|journalists|lawmakers|[A-Z][\w.’'-]*))\s+(?:on\s+|late\s+|early\s+)?$/;
function trailingSaying(text: string, a: Timex, b: Timex, clauseEnd: number): boolean {
  return b.start - a.end < 200 && isTrailingSaying(text, b, a.end, clauseEnd);
}

/** Whether `date` is the day of a saying that closes its clause (see SAYING_AFTER), read from `from`. */
export function isTrailingSaying(text: string, date: Timex, from: number, clauseEnd: number): boolean {
  const before = text.slice(from, date.start);
  const comma = before.lastIndexOf(',');
  return comma >= 0 && SAYING_AFTER.test(before.slice(comma)) && /^[\s.”"’']*$/.test(text.slice(date.end, clauseEnd));
}

/**
 * Cuts a clause holding several dates at the first weak joint between each pair of them, but
 * not inside a span ("between July 2022 and September 2023") and not where the piece cut off
 * would be elliptical ("..., the first in June"): it keeps the words of the whole clause.
 */
function splitBetweenDates(text: string, clause: Span, dates: Timex[]): Span[] {
  const parts: Span[] = [];
  let start = clause.start;
  for (let i = 0; i + 1 < dates.length; i++) {
    if (joinsRange(text, dates[i], dates[i + 1]) || coordinatedDates(text, dates[i], dates[i + 1], clause.end) || trailingSaying(text, dates[i], dates[i + 1], clause.end)) continue;
    // "On Monday, markets resumed their slide, and the index fell to lows not seen since 1982":
    // a joint that would leave a piece of date words alone is passed over for the next one
    // ("... against former coach and current Seahawks boss Mike Holmgren, who directed the Pack
    // from 1992-98": a relative clause between the dates is where the second date's clause
    // starts; an "and" before it may only join two nouns)
    let joint = firstWeakJoint(text, dates[i].end, dates[i + 1].start);
    const relative = /,\s+(?=(?:who|which)\s)/.exec(text.slice(joint, dates[i + 1].start));
    if (relative && /\s$/.test(text.slice(joint - 1, joint)) && /^(?:and|but)\s/.test(text.slice(joint, joint + 4))) joint += relative.index + relative[0].length;
    while (joint > 0 && words(withoutSpans(text, { start, end: joint }, dates).replace(LEAD, ''), 2) < 2) joint = firstWeakJoint(text, joint, dates[i + 1].start);
    const after = firstWeakJoint(text, dates[i + 1].end, clause.end);
    const next = withoutSpans(text, { start: joint, end: after > 0 ? after : clause.end }, dates);
    if (joint > start && (words(next.replace(LEAD, '')) >= 3 || isShortClause(next))) {
      parts.push({ start, end: joint });
      start = joint;
    }
  }
  parts.push({ start, end: clause.end });
  return parts;
}

export function statementsOf(text: string, sentence: Span, timexes: Timex[]): Statement[] {
  const spans: Span[] = [];
  for (const clause of clausesOf(text, sentence, timexes)) {
    const dates = timexes.filter((t) => isDate(t) && t.start >= clause.start && t.start < clause.end);
    spans.push(...(dates.length > 1 ? splitBetweenDates(text, clause, dates) : [clause]));
  }
  const out: Statement[] = [];
  for (const span of spans) {
    const own = timexes.filter((t) => t.start >= span.start && t.start < span.end);
    const cueText = withoutSpans(text, span, own.filter((t) => t.type !== 'DURATION'));
    const lead = cueText.replace(LEAD, '');
    const prev = out[out.length - 1];
    const cues = readCues(prev && PARTICIPLE.test(lead) ? `${prev.cueText} ${lead}` : cueText);
    if (prev && cues.didNotHappen && !own.some(isDate) && BACK_REFERENCE.test(lead)) {
      prev.cues = { ...prev.cues, didNotHappen: true };
      out.push({ span, timexes: own, cueText, cues, consumed: true, previous: prev });
      continue;
    }
    out.push({ span, timexes: own, cueText, cues, consumed: false, previous: prev ?? null });
  }
  return out;
}
