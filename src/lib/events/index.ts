// Events: article text + its timexes + publication day -> the timeline's events. One event per
// dated statement (clause), plus undated ones for firm projections ("will hold talks") and
// "soon". Must not know how timexes were found (tests feed handmade ones) nor read the clock.
import type { Timex, TimelineEvent } from '../document';
import { furnitureSpans } from '../ingest/furniture';
import { timexRange } from '../temporal/range';
import { type Anchor, Anchors } from './anchors';
import { readCues } from './cues';
import { makeLabel, withoutSpans, withSubject } from './label';
import { splitSentences, type Span } from './sentences';
import { statementsOf, type Statement } from './statements';
import { modalityOf, statusOf } from './status';

// Undated events need a label that says something ("will go" is not an event).
const MIN_UNDATED_WORDS = 3;
// First and second person promises in quotes ("I'll do it") are talk, not scheduled events.
const SPEAKER_PROMISE = /\b(?:I|you)\s+(?:will|shall|plan|am going|are going)\b|\b(?:I|you)[’']ll\b/;


const RANGE_JOINT = /^\s*(?:to|until|till|through|thru|and|[-–—])\s*$/i;
const RANGE_OPENER = /\b(?:from|between)\s+$/i;

/** Whether two dates form one span: "from X to Y", "between X and Y", "X–Y". */
function joinsRange(text: string, a: Timex, b: Timex): boolean {
  const joint = text.slice(a.end, b.start);
  if (joint.length > 12 || !RANGE_JOINT.test(joint)) return false;
  return /[-–—]/.test(joint) || RANGE_OPENER.test(text.slice(Math.max(0, a.start - 9), a.start));
}

/** The statement's label, borrowing the subject of the statement before when it has none. */
function labelOf(text: string, st: Statement, drop: Timex[]): string {
  const label = makeLabel(text, st.span, drop);
  const prev = st.previous;
  return label && prev ? withSubject(label, makeLabel(text, prev.span, prev.timexes)) : label;
}

function datedEvent(text: string, st: Statement, sentence: Span, { timex: t, range }: Anchor, publishedDay: string, drop: Timex[], key: string): TimelineEvent | null {
  const label = labelOf(text, st, drop);
  if (!label) return null;
  const status = statusOf(range, publishedDay, st.cues, t.mod);
  const modality = modalityOf(status, st.cues);
  return {
    id: `e-${sentence.start}-${key}`,
    label,
    status,
    ...(modality ? { modality } : {}),
    when: { timex: t.value, start: range.start, end: range.end, granularity: range.granularity, text: t.text, ...(t.mod ? { mod: t.mod } : {}) },
    source: { start: sentence.start, end: sentence.end },
  };
}

function undated(text: string, st: Statement, sentence: Span, future: Timex | undefined): TimelineEvent | null {
  if (st.cues.didNotHappen) return null;
  if (!future) {
    if (!st.cues.firm || text[sentence.end - 1] === '?' || SPEAKER_PROMISE.test(st.cueText)) return null;
  }
  const label = labelOf(text, st, future ? [future] : []);
  if (label.split(' ').length < MIN_UNDATED_WORDS) return null;
  return {
    id: `e-${sentence.start}-u${st.span.start}`,
    label,
    status: 'projected',
    ...(st.cues.future ? { modality: st.cues.future } : {}),
    when: { timex: future ? future.value : null, start: null, end: null, granularity: null, text: future ? future.text : null },
    source: { start: sentence.start, end: sentence.end },
  };
}

// A cheap first look: a sentence with no timex can only give an undated projection, and that
// needs one of these word stems; most sentences of a long article stop here.
const FUTURE_HINT = /will|[’']ll\b|shall|plan|intend|schedul|set to|slated|expect|likely|forecast|poised|prepar|going to|aim|vow|promise|due to|is to|are to/i;

function eventsOfSentence(text: string, sentence: Span, timexes: Timex[], publishedDay: string, anchors: Anchors): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  if (timexes.length === 0 && !FUTURE_HINT.test(text.slice(sentence.start, sentence.end)) && !/\b(?:during|at|sidelines)\b/.test(text.slice(sentence.start, sentence.end))) return out;
  for (const st of statementsOf(text, sentence, timexes)) {
    if (st.consumed) continue;
    let dated = 0;
    const dates = st.timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME');
    for (let i = 0; i < dates.length; i++) {
      const t = dates[i];
      const range = timexRange(t);
      if (!range) continue;
      dated++;
      anchors.register(text.slice(st.span.start, st.span.end), { timex: t, range });
      // "from 2015 to 2021", "between March and May": one event over both dates.
      const to = i + 1 < dates.length && joinsRange(text, t, dates[i + 1]) ? dates[i + 1] : null;
      const toRange = to && timexRange(to);
      if (to && toRange && toRange.end >= range.start) {
        const span: Timex = { ...t, end: to.end, text: text.slice(t.start, to.end), value: `${t.value}/${to.value}` };
        const e = datedEvent(text, st, sentence, { timex: span, range: { ...range, end: toRange.end } }, publishedDay, [span], `${t.start}`);
        if (e) out.push(e);
        i++;
        continue;
      }
      const e = datedEvent(text, st, sentence, { timex: t, range }, publishedDay, [t], `${t.start}`);
      if (e) out.push(e);
    }
    const anchor = dated === 0 ? anchors.find(text.slice(st.span.start, st.span.end)) : null;
    if (anchor) {
      const e = datedEvent(text, st, sentence, anchor, publishedDay, [], `a${st.span.start}`);
      if (e) out.push(e);
      continue;
    }
    if (dated === 0) {
      const e = undated(text, st, sentence, st.timexes.find((t) => t.value === 'FUTURE_REF'));
      if (e) out.push(e);
    }
  }
  return out;
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
  const [x, y] = [a.when.start, b.when.start];
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  if (a.source.start !== b.source.start) return a.source.start - b.source.start;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The events of `text`, sorted by first day, then position; undated ones last. */
export function buildEvents(text: string, timexes: Timex[], published: string): TimelineEvent[] {
  const publishedDay = published.slice(0, 10);
  const furniture = furnitureSpans(text);
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const events: TimelineEvent[] = [];
  let k = 0;
  const anchors = new Anchors();
  let f = 0; // furniture spans are sorted, like sentences: one sweep serves both
  for (const sentence of splitSentences(text)) {
    while (f < furniture.length && furniture[f].end <= sentence.start) f++;
    const inFurniture = f < furniture.length && furniture[f].start < sentence.end;
    while (k < sorted.length && sorted[k].start < sentence.start) k++;
    let j = k;
    while (j < sorted.length && sorted[j].start < sentence.end) j++;
    if (!inFurniture) events.push(...eventsOfSentence(text, sentence, sorted.slice(k, j), publishedDay, anchors));
    k = j;
  }
  return events.sort(byDate);
}

export { withoutSpans, readCues };
