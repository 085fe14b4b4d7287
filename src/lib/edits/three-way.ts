// Three-way merge of two versions of the user's edits made from one common version: two tabs
// that opened the same saved timeline and each changed it before seeing the other's save.
// Edits to different events, or to different fields of one event, both survive; the same field
// set to two different values is a conflict, kept at `mine` and reported with both values so
// the user can choose. Nothing is dropped silently: an event one side changed and the other
// deleted is kept with the change (and reported), and two new events that happen to share an
// id ("user-1" in both tabs) are both kept, the other's renamed.
// Pure; must not know about tabs, storage or the app.
import type { TimelineEvent } from '../document';
import type { Anchor } from './anchor';
import { EDITABLE_FIELDS, newEventId, type EditableField, type EditedEvent, type Edits } from './edits';

/** A field's value as an edit sets it; null when the edit leaves it to extraction. */
export type FieldVersion = { value: TimelineEvent[EditableField] } | null;

export interface FieldConflict {
  /** The event's id (the same in both versions). */
  id: string;
  field: EditableField;
  /** The event's label in `mine`, to name it. */
  label: string;
  mine: FieldVersion;
  theirs: FieldVersion;
}

export interface EditsMerge {
  edits: Edits;
  conflicts: FieldConflict[];
  /** Ids of events one side deleted and the other changed: kept, with the change. */
  keptDespiteDeletion: string[];
}

/** JSON with object keys sorted, so that equal values compare equal whatever built them. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x !== null && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  ) ?? 'undefined';
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function version(edit: EditedEvent | undefined, field: EditableField): FieldVersion {
  if (!edit || (edit.fields && !edit.fields.includes(field))) return null;
  return { value: edit.event[field] };
}

const anchorKey = (a: Anchor) => `${a.sentence}\u0000${a.dateText ?? '\u0001'}`;
const byId = (list: EditedEvent[]) => new Map(list.map((e) => [e.event.id, e]));

/** Field by field: a side that kept the base value takes the other's; two new values conflict. */
function mergeFields(b: EditedEvent | undefined, m: EditedEvent, t: EditedEvent, conflicts: FieldConflict[]): EditedEvent {
  const event = { ...m.event } as Record<string, unknown>;
  const fields: EditableField[] = [];
  for (const f of EDITABLE_FIELDS) {
    const [vb, vm, vt] = [version(b, f), version(m, f), version(t, f)];
    let chosen = vm;
    if (!same(vm, vt)) {
      if (same(vb, vm)) chosen = vt;
      else if (!same(vb, vt)) conflicts.push({ id: m.event.id, field: f, label: m.event.label, mine: vm, theirs: vt });
    }
    if (chosen) {
      fields.push(f);
      if (chosen.value === undefined) delete event[f];
      else event[f] = chosen.value;
    }
  }
  const merged: EditedEvent = { event: event as unknown as TimelineEvent, anchor: m.anchor };
  // an edit of every field stays "every field", so it keeps following nothing from extraction
  if (m.fields || t.fields) merged.fields = fields;
  return merged;
}

export function mergeEditVersions(base: Edits, mine: Edits, theirs: Edits): EditsMerge {
  const conflicts: FieldConflict[] = [];
  const kept: string[] = [];
  const deletedBy = (edits: Edits) => new Set(edits.deleted.map(anchorKey));
  const [bDel, mDel, tDel] = [deletedBy(base), deletedBy(mine), deletedBy(theirs)];
  // anchors whose deletion loses to a change made on the other side
  const undeleted = new Set<string>();

  function mergeList(b: EditedEvent[], m: EditedEvent[], t: EditedEvent[], added: boolean): EditedEvent[] {
    const [bm, mm, tm] = [byId(b), byId(m), byId(t)];
    const out: EditedEvent[] = [];
    const renamed: EditedEvent[] = [];
    for (const id of new Set([...mm.keys(), ...tm.keys()])) {
      const [eb, em, et] = [bm.get(id), mm.get(id), tm.get(id)];
      if (em && et) {
        if (!eb && added && !same(em.event, et.event)) {
          out.push(em); // two new events under one id: both stay
          renamed.push(et);
        } else out.push(eb || !same(em, et) ? mergeFields(eb, em, et, conflicts) : em);
        continue;
      }
      const one = (em ?? et)!;
      // unchanged on one side and removed (deleted or undone) on the other: the removal stands
      if (eb && same(eb, one)) continue;
      // new or changed on one side: kept, even over the other side's new deletion of it
      out.push(one);
      const key = anchorKey(one.anchor);
      if (!added && (em ? tDel : mDel).has(key) && !bDel.has(key)) {
        undeleted.add(key);
        kept.push(id);
      }
    }
    const taken = new Set([...out, ...renamed].map((e) => e.event.id));
    for (const e of renamed) {
      const id = newEventId(taken);
      taken.add(id);
      out.push({ ...e, event: { ...e.event, id } });
    }
    return out;
  }

  const changed = mergeList(base.changed, mine.changed, theirs.changed, false);
  const added = mergeList(base.added, mine.added, theirs.added, true);
  const deleted: Anchor[] = [];
  const seen = new Set<string>();
  for (const a of [...mine.deleted, ...theirs.deleted]) {
    const key = anchorKey(a);
    if (seen.has(key) || undeleted.has(key)) continue;
    seen.add(key);
    // a deletion in the base stays only while both keep it; a new one from either side stays
    if (bDel.has(key) ? mDel.has(key) && tDel.has(key) : true) deleted.push(a);
  }
  return { edits: { changed, added, deleted }, conflicts, keptDespiteDeletion: kept };
}
