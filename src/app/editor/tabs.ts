// Two tabs, one saved timeline: this tab's state merged with the version another tab saved,
// both made from `base` (the version this tab last read or wrote). The article text, each
// article field and each setting merge as one value (a side that left it alone takes the
// other's); the edits merge event by event and field by field (lib/edits/three-way.ts). What
// both sides set differently stays at this tab's value and is returned as a conflict with both
// values, for the user to choose. Pure; knows nothing of storage events or components.
import { EDITABLE_FIELDS, canonical, mergeEditVersions, type FieldConflict, type FieldVersion } from '../../lib/edits';
import type { TimelineEvent } from '../../lib/document';
import type { AuthoringState } from './state';

export type TabConflict =
  | ({ kind: 'event' } & FieldConflict)
  | { kind: 'text'; mine: string; theirs: string }
  | { kind: 'article'; key: string; mine: unknown; theirs: unknown }
  | { kind: 'settings'; key: string; mine: unknown; theirs: unknown };

export interface TabMerge {
  state: AuthoringState;
  conflicts: TabConflict[];
  /** Events the other tab deleted while this one changed them (or the reverse): kept. */
  keptDespiteDeletion: string[];
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function three<T>(b: T, m: T, t: T): { value: T; conflict: boolean } {
  if (same(m, t) || same(b, t)) return { value: m, conflict: false };
  if (same(b, m)) return { value: t, conflict: false };
  return { value: m, conflict: true };
}

function mergeRecord<T extends object>(kind: 'article' | 'settings', b: T, m: T, t: T, conflicts: TabConflict[]): T {
  const out = { ...m } as Record<string, unknown>;
  const [rb, rm, rt] = [b, m, t] as Record<string, unknown>[];
  for (const key of new Set([...Object.keys(rm), ...Object.keys(rt)])) {
    const r = three(rb[key], rm[key], rt[key]);
    if (r.conflict) conflicts.push({ kind, key, mine: rm[key], theirs: rt[key] });
    if (r.value === undefined) delete out[key];
    else out[key] = r.value;
  }
  return out as T;
}

export function mergeTabStates(base: AuthoringState, mine: AuthoringState, theirs: AuthoringState): TabMerge {
  const conflicts: TabConflict[] = [];
  const text = three(base.text, mine.text, theirs.text);
  if (text.conflict) conflicts.push({ kind: 'text', mine: mine.text, theirs: theirs.text });
  const article = mergeRecord('article', base.article, mine.article, theirs.article, conflicts);
  const settings = mergeRecord('settings', base.settings, mine.settings, theirs.settings, conflicts);
  const edits = mergeEditVersions(base.edits, mine.edits, theirs.edits);
  conflicts.push(...edits.conflicts.map((c) => ({ kind: 'event' as const, ...c })));
  // A story's articles say where each lies in the text, so they go with whichever text won.
  const side = text.value === mine.text ? mine : theirs;
  const waiting = three(base.waiting, mine.waiting, theirs.waiting).value;
  const story = { ...(side.articles ? { articles: side.articles } : {}), ...(waiting ? { waiting } : {}) };
  return { state: { text: text.value, article, settings, edits: edits.edits, ...story }, conflicts, keptDespiteDeletion: edits.keptDespiteDeletion };
}

/** `state` with the other tab's value of a conflict in place of this tab's. */
export function takeTheirs(state: AuthoringState, c: TabConflict): AuthoringState {
  if (c.kind === 'text') return { ...state, text: c.theirs };
  if (c.kind === 'article') return { ...state, article: { ...state.article, [c.key]: c.theirs } };
  if (c.kind === 'settings') return { ...state, settings: { ...state.settings, [c.key]: c.theirs } };
  const set = (list: AuthoringState['edits']['changed']) =>
    list.map((edited) => {
      if (edited.event.id !== c.id) return edited;
      const event = { ...edited.event } as Record<string, unknown>;
      if (c.theirs === null || c.theirs.value === undefined) delete event[c.field];
      else event[c.field] = c.theirs.value;
      // "as found in the article" means the field follows extraction again
      const fields = (edited.fields ?? EDITABLE_FIELDS).filter((f) => f !== c.field || c.theirs !== null);
      return { ...edited, event: event as unknown as TimelineEvent, fields };
    });
  return { ...state, edits: { ...state.edits, changed: set(state.edits.changed), added: set(state.edits.added) } };
}

const quote = (v: unknown) => {
  const s = typeof v === 'string' ? v : v === undefined || v === null ? '' : canonical(v);
  return s.length > 60 ? `“${s.slice(0, 59)}…”` : `“${s}”`;
};

function fieldWords(field: string, v: FieldVersion): string {
  if (v === null) return 'as found in the article';
  const value = v.value;
  if (field === 'when' && value && typeof value === 'object') {
    const w = value as TimelineEvent['when'];
    return w.start === null ? 'undated' : w.start === w.end ? w.start : `${w.start} to ${w.end}`;
  }
  if (field === 'sources' && Array.isArray(value)) return value.length === 1 ? '1 sentence' : `${value.length} sentences`;
  return value === undefined ? 'none' : quote(value);
}

const FIELD_NAMES: Record<string, string> = { label: 'label', status: 'status', modality: 'modality', when: 'dates', sources: 'source sentences' };

/** The two versions of a conflict as the notice shows them: [what, this tab's, the other tab's]. */
export function conflictWords(c: TabConflict): [string, string, string] {
  if (c.kind === 'event') return [`The ${FIELD_NAMES[c.field]} of “${c.label}”`, fieldWords(c.field, c.mine), fieldWords(c.field, c.theirs)];
  if (c.kind === 'text') return ['The article text', `${c.mine.length} characters`, `${c.theirs.length} characters`];
  const what = c.kind === 'article' ? (c.key === 'title' ? 'The headline' : c.key === 'published' ? 'The publication date' : `The article's ${c.key}`) : `The ${c.key} setting`;
  return [what, quote(c.mine), quote(c.theirs)];
}
