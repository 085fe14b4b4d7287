// Undo/redo over a state that holds a text (the article) and other immutable values (edits,
// publication date, settings). The history is itself an immutable, JSON-ready value, so it can
// be saved with the document and undo still works after a reload.
// Typing is coalesced: keystrokes under the same key, each within `pauseMs` of the last and
// continuing where the last one ended, form one step, and a new word starts a new step.
// Time is an input (`at`, in ms, from the caller): this module never reads the clock.
// It must not know what the state means.
import { applySplice, composeSplices, diffText, invertSplice, type Splice } from './splice';

type Rest<S> = Omit<S, 'text'>;

export interface Step<S extends { text: string }> {
  text: Splice | null;
  before: Rest<S>;
  after: Rest<S>;
  /** What kind of change ('typing', 'label:e3', ...); null never coalesces. */
  key: string | null;
  at: number;
}

export interface History<S extends { text: string }> {
  present: S;
  /** Oldest first; undo takes the last. */
  past: Step<S>[];
  /** Redo takes the last. */
  future: Step<S>[];
}

export interface RecordOptions {
  key?: string | null;
  at?: number;
  /** A pause longer than this ends a typing step. */
  pauseMs?: number;
  /** Oldest steps beyond this many are forgotten. */
  limit?: number;
}

export function createHistory<S extends { text: string }>(present: S): History<S> {
  return { present, past: [], future: [] };
}

const restOf = <S extends { text: string }>(s: S): Rest<S> => {
  const { text: _text, ...rest } = s;
  return rest;
};

const withText = <S extends { text: string }>(rest: Rest<S>, text: string): S => ({ ...rest, text }) as S;

/** Shallow equality: the state's values are immutable, so an unchanged field is the same reference. */
function sameRest(a: object, b: object): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as any)[k] === (b as any)[k]);
}

const startsWord = (last: Splice, next: Splice) => /\s$/.test(last.inserted) && /^\S/.test(next.inserted);

function continues(last: Splice, next: Splice): boolean {
  const end = last.at + last.inserted.length;
  return next.at === end || next.at + next.removed.length === end;
}

export function record<S extends { text: string }>(h: History<S>, next: S, options: RecordOptions = {}): History<S> {
  const { key = null, at = 0, pauseMs = 1000, limit = 500 } = options;
  const before = restOf(h.present);
  const after = restOf(next);
  const splice = diffText(h.present.text, next.text);
  if (splice === null && sameRest(before, after)) return h;
  const last = h.past[h.past.length - 1];
  const coalesce =
    last !== undefined && key !== null && last.key === key && at - last.at <= pauseMs && h.future.length === 0 &&
    (last.text === null || splice === null || (continues(last.text, splice) && !startsWord(last.text, splice)));
  if (coalesce) {
    let text: Splice | null = last.text ?? splice;
    if (last.text && splice) {
      // Usually one splice continues the other; otherwise diff against the text before the step.
      text = composeSplices(last.text, splice) ?? diffText(applySplice(h.present.text, invertSplice(last.text)), next.text);
    }
    if (text && text.removed === text.inserted) text = null;
    const step: Step<S> = { text, before: last.before, after, key, at };
    const past = h.past.slice(0, -1);
    const noop = step.text === null && sameRest(step.before, after);
    return { present: next, past: noop ? past : [...past, step], future: [] };
  }
  const past = [...h.past, { text: splice, before, after, key, at }];
  return { present: next, past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

export const canUndo = <S extends { text: string }>(h: History<S>) => h.past.length > 0;
export const canRedo = <S extends { text: string }>(h: History<S>) => h.future.length > 0;

export function undo<S extends { text: string }>(h: History<S>): History<S> {
  const step = h.past[h.past.length - 1];
  if (!step) return h;
  const text = step.text ? applySplice(h.present.text, invertSplice(step.text)) : h.present.text;
  return { present: withText<S>(step.before, text), past: h.past.slice(0, -1), future: [...h.future, step] };
}

export function redo<S extends { text: string }>(h: History<S>): History<S> {
  const step = h.future[h.future.length - 1];
  if (!step) return h;
  const text = step.text ? applySplice(h.present.text, step.text) : h.present.text;
  // Key cleared: typing after a redo must not merge into the redone step.
  const done = { ...step, key: null };
  return { present: withText<S>(step.after, text), past: [...h.past, done], future: h.future.slice(0, -1) };
}
