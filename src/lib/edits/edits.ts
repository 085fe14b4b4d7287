// The user's edits as data: what they changed, added and deleted, kept apart from what
// extraction found so that extraction can run again (new text, new publication date) without
// losing a single correction. Every function returns a new value; nothing is mutated, so the
// undo history can hold edits by reference.
// This module must not know about the app, storage or how extraction works.
import type { TimelineEvent } from '../document';
import { anchorOf, normalise, type Anchor } from './anchor';

/**
 * What a user can set on an event; the id and source span always come from elsewhere.
 * `sources` (a story entry's sentences) is set by merging and splitting entries; `prominence`
 * by marking an event as background told in passing, or as news.
 */
export type EditableField = 'label' | 'status' | 'modality' | 'when' | 'sources' | 'prominence';
export const EDITABLE_FIELDS: readonly EditableField[] = ['label', 'status', 'modality', 'when', 'sources', 'prominence'];

export interface EditedEvent {
  /** The event exactly as the user left it (shown whole if its sentence is ever lost). */
  event: TimelineEvent;
  /** Where it came from: the extracted event it replaces, or the sentence it was added from. */
  anchor: Anchor;
  /**
   * For a changed extracted event, the fields the user set: the others keep following
   * extraction (a relabelled event is still re-dated when the publication date changes).
   * Absent means every field.
   */
  fields?: EditableField[];
}

/** The editable fields in which two events differ. */
export function changedFields(a: TimelineEvent, b: TimelineEvent): EditableField[] {
  return EDITABLE_FIELDS.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
}

/** `base` (from extraction) with the user's fields laid over it, under the edit's id. */
export function overlay(base: TimelineEvent, edit: EditedEvent): TimelineEvent {
  const out = { ...base, id: edit.event.id } as Record<string, unknown>;
  for (const f of edit.fields ?? EDITABLE_FIELDS) {
    if (edit.event[f] === undefined) delete out[f];
    else out[f] = edit.event[f];
  }
  return out as unknown as TimelineEvent;
}

export interface Edits {
  /** Extracted events the user changed, in the order they were first changed. */
  changed: EditedEvent[];
  /** Events the user created (anchor.sentence is '' for a blank one), in creation order. */
  added: EditedEvent[];
  /** Extracted events the user deleted. */
  deleted: Anchor[];
}

export const NO_EDITS: Edits = Object.freeze({ changed: [], added: [], deleted: [] }) as Edits;

export function hasEdits(edits: Edits): boolean {
  return edits.changed.length + edits.added.length + edits.deleted.length > 0;
}

/** Ids of the events that carry a user's edit: the view marks these as edited. */
export function editedIds(edits: Edits): Set<string> {
  return new Set([...edits.changed, ...edits.added].map((e) => e.event.id));
}

/**
 * Records that the user turned `current` (an event as shown, same id) into `next`.
 * The anchor of a first change is taken from `current` in `text`, the text it was extracted from.
 */
export function changeEvent(edits: Edits, current: TimelineEvent, next: TimelineEvent, text: string): Edits {
  const fresh = changedFields(current, next);
  if (edits.added.some((e) => e.event.id === current.id)) {
    return { ...edits, added: edits.added.map((e) => (e.event.id === current.id ? { ...e, event: next } : e)) };
  }
  if (edits.changed.some((e) => e.event.id === current.id)) {
    const changed = edits.changed.map((e) => {
      if (e.event.id !== current.id) return e;
      const fields = e.fields && EDITABLE_FIELDS.filter((f) => e.fields!.includes(f) || fresh.includes(f));
      return fields ? { ...e, event: next, fields } : { ...e, event: next };
    });
    return { ...edits, changed };
  }
  return { ...edits, changed: [...edits.changed, { event: next, anchor: anchorOf(current, text), fields: fresh }] };
}

/** Adds a user-made event; its source span (possibly empty) says which words it came from. */
export function addEvent(edits: Edits, event: TimelineEvent, text: string): Edits {
  const anchor: Anchor = {
    sentence: normalise(text.slice(event.source.start, event.source.end)),
    dateText: null,
    at: event.source.start,
  };
  return { ...edits, added: [...edits.added, { event, anchor }] };
}

/** Deletes an event as shown: an added one disappears, an extracted one stays deleted. */
export function deleteEvent(edits: Edits, event: TimelineEvent, text: string): Edits {
  if (edits.added.some((e) => e.event.id === event.id)) {
    return { ...edits, added: edits.added.filter((e) => e.event.id !== event.id) };
  }
  const changed = edits.changed.find((e) => e.event.id === event.id);
  const anchor = changed ? changed.anchor : anchorOf(event, text);
  return {
    ...edits,
    changed: edits.changed.filter((e) => e.event.id !== event.id),
    deleted: [...edits.deleted, anchor],
  };
}

/** A fresh id for a user-made event, unused by any event in `taken`. */
export function newEventId(taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`user-${n}`)) n++;
  return `user-${n}`;
}
