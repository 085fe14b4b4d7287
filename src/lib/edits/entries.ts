// Merging and splitting the entries of a story, as ordinary edits: a merge is a change of the
// first entry's sources plus a deletion of the other; a split is a change of the entry to its
// own sentence plus one added entry per other sentence. So both survive a rebuild of the story
// (edits re-attach by sentence) and undo as one step, like any other edit.
// This module must not know about the app, storage or how a story is built.
import type { SourceSpan, TimelineEvent } from '../document';
import { shorten } from '../events/shorten';
import { normalise } from './anchor';
import { addEvent, changeEvent, deleteEvent, newEventId, type Edits } from './edits';

/** Every sentence an entry stands on, its representative sentence first. */
export function sourcesOf(event: TimelineEvent): SourceSpan[] {
  const all = event.sources?.length ? event.sources : [event.source];
  const first = all.find((s) => s.start === event.source.start && s.end === event.source.end);
  return first ? [first, ...all.filter((s) => s !== first)] : [event.source, ...all];
}

function distinct(spans: SourceSpan[]): SourceSpan[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const key = `${s.start}:${s.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `first` and `other` become one entry: the sentences of both (the first's first), the first's
 * label and date, under the first's id; `other` is deleted.
 */
export function mergeEvents(edits: Edits, first: TimelineEvent, other: TimelineEvent, text: string): Edits {
  if (first.id === other.id) return edits;
  const sources = distinct([...sourcesOf(first), ...sourcesOf(other)]);
  const merged = changeEvent(edits, first, { ...first, sources }, text);
  return deleteEvent(merged, other, text);
}

/** A label from a sentence alone, as a story labels an entry no event names. */
export function labelFromSentence(sentence: string): string {
  const words = normalise(sentence).replace(/^[“"'‘(]+/, '');
  return shorten(words.replace(/[.!?]+["”’')]*$/, '')) || 'New event';
}

export interface Split {
  edits: Edits;
  /** The ids of the entries made, the original first. */
  ids: string[];
}

/**
 * An entry with several sentences becomes one entry per sentence, each dated as the entry was:
 * the entry keeps its own (representative) sentence, label and id; every other sentence
 * becomes a new entry labelled from its own words. `taken` holds the ids already shown.
 */
export function splitEvent(edits: Edits, event: TimelineEvent, text: string, taken: Iterable<string>): Split {
  const [own, ...others] = distinct(sourcesOf(event));
  if (others.length === 0) return { edits, ids: [event.id] };
  let out = changeEvent(edits, event, { ...event, sources: [own] }, text);
  const used = new Set(taken);
  const ids = [event.id];
  for (const span of others) {
    const id = newEventId(used);
    used.add(id);
    ids.push(id);
    const piece: TimelineEvent = {
      id, label: labelFromSentence(text.slice(span.start, span.end)), status: event.status,
      ...(event.modality ? { modality: event.modality } : {}), when: event.when, source: span, sources: [span],
    };
    out = addEvent(out, piece, text);
  }
  return { edits: out, ids };
}
