// Undated events: a projection stated without a date ("will hold talks", "preparing for its
// own parade", "soon"). Conservative on purpose: news quotes are full of futures that are talk,
// wishes, opinions or questions. Must not know about dated events or the publication day.
import type { Timex, TimelineEvent } from '../document';
import { labelOf } from './statementLabel';
import type { Span } from './sentences';
import type { Statement } from './statements';
import { firstVerbGroup, type Word } from '../analysis';
import { readCues } from './cues';

// Undated events need a label that says something ("will go" is not an event).
const MIN_UNDATED_WORDS = 3;
// "He didn't say where the cuts were going to take place": a question, not an event.
const EMBEDDED_QUESTION = /^(?:where|when|whether|how|why|what|which|who|if)\b/i;
// "Supporters argue it will create jobs": an opinion about the future, not a scheduled event.
// Reporting verbs ("the city said it will close the road") are not in the list.
const OPINION = /\b(?:argue[sd]?|believes?|believed|thinks?|thought|hopes?|hoped|fears?|feared|worr(?:y|ies|ied)|claims?|claimed|insists?|doubts?)\s+(?:that\s+)?[^,;]{0,40}?\b(?:will|would|could|[’']ll)\b/i;
// Inside a quotation, "We will win" or "It will be fine" is talk; a quoted projection becomes
// an event only when it names who acts on what, in a few words at least.
const QUOTED_TALK = /^(?:we|i|you|it|that|this|there|let)\b/i;
const MIN_QUOTED_WORDS = 5;

/** Whether the statement sits inside a quotation opened in its sentence. */
function quoted(text: string, sentence: Span, st: Statement): boolean {
  const before = text.slice(sentence.start, st.span.start);
  const opens = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1;
  return opens > 0 || straight || /^\s*[“"]/.test(text.slice(st.span.start, st.span.end));
}

// First and second person promises in quotes ("I'll do it") are talk, not scheduled events.
const SPEAKER_PROMISE = /\b(?:I|you)\s+(?:will|shall|plan|am going|are going)\b|\b(?:I|you)[’']ll\b/;

/**
 * Whether the clause's own verb group points ahead ("will hold", "is set to open", "plans to
 * close"). A future further on belongs to another clause: "Oil fell as speculation mounted that
 * the bank will prolong its program" reports a fall. A negated expectation ("isn't likely to
 * strand passengers") announces nothing.
 */
// "The agency has said it plans to ask ...": reported speech; the reported verb decides.
const REPORTING = /\b(?:said|says|say|announced|announces|told|tells|added|stated|confirmed|confirms|reported)$/i;

function verbPointsAhead(st: Statement, words: readonly Word[]): boolean {
  let group = firstVerbGroup(words, st.span.start, st.span.end);
  if (group && REPORTING.test(group.text)) group = firstVerbGroup(words, group.end, st.span.end) ?? group;
  // no verb at all ("down from a July forecast of 2.3%"): nothing is projected
  if (!group) return false;
  // a participle clause sharing the modal of the clause before ("..., while also preparing for
  // its parade"): the cue words alone decide, as before
  if (group.first.form === 'gerund') return true;
  return !group.negative && readCues(group.text).firm;
}

export function undatedEvent(text: string, st: Statement, sentence: Span, future: Timex | undefined, wordsOf: () => readonly Word[]): TimelineEvent | null {
  if (st.cues.didNotHappen) return null;
  if (!future) {
    if (!st.cues.firm || text[sentence.end - 1] === '?' || SPEAKER_PROMISE.test(st.cueText) || OPINION.test(st.cueText)) return null;
    if (!verbPointsAhead(st, wordsOf())) return null;
  }
  const label = labelOf(text, st, future ? [future] : []);
  if (label.split(' ').length < MIN_UNDATED_WORDS || EMBEDDED_QUESTION.test(label)) return null;
  if (!future && quoted(text, sentence, st) && (QUOTED_TALK.test(label) || label.split(' ').length < MIN_QUOTED_WORDS)) return null;
  return {
    id: `e-${sentence.start}-u${st.span.start}`,
    label,
    status: 'projected',
    ...(st.cues.future ? { modality: st.cues.future } : {}),
    when: { timex: future ? future.value : null, start: null, end: null, granularity: null, text: future ? future.text : null },
    source: { start: sentence.start, end: sentence.end },
  };
}

