import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canRedo, canUndo, createHistory, record, redo, undo, type History } from '../../../src/lib/history';
import { applySplice, diffText } from '../../../src/lib/history';

interface State { text: string; published: string; labels: readonly string[] }

const start: State = { text: 'Leaders met last week.', published: '2025-11-05', labels: ['Leaders met'] };

/** Types `chars` one keystroke at a time at the end of the text, `gapMs` apart, from `t0`. */
function type(h: History<State>, chars: string, t0: number, gapMs = 100): History<State> {
  return [...chars].reduce(
    (acc, ch, i) => record(acc, { ...acc.present, text: acc.present.text + ch }, { key: 'typing', at: t0 + i * gapMs }),
    h,
  );
}

function undoAll(h: History<State>): History<State> {
  while (canUndo(h)) h = undo(h);
  return h;
}

describe('diffText', () => {
  it.each([
    ['abc', 'abXc', { at: 2, removed: '', inserted: 'X' }],
    ['abc', 'ac', { at: 1, removed: 'b', inserted: '' }],
    ['aa', 'aaa', { at: 2, removed: '', inserted: 'a' }],
    ['hello world', 'hello there', { at: 6, removed: 'world', inserted: 'there' }],
  ])('turns %j into %j with one splice', (before, after, splice) => {
    expect(diffText(before, after)).toEqual(splice);
    expect(applySplice(before, splice)).toBe(after);
  });
  it('finds nothing to change between equal texts', () => {
    expect(diffText('same', 'same')).toBeNull();
  });
});

describe('history', () => {
  it('a sequence of edits then as many undos returns the original exactly', () => {
    let h = createHistory(start);
    h = record(h, { ...h.present, labels: ['Leaders gathered'] });
    h = record(h, { ...h.present, published: '2025-11-06' });
    h = record(h, { ...h.present, text: 'Leaders met in Seoul last week.' });
    h = record(h, { ...h.present, text: '' });
    expect(h.past).toHaveLength(4);
    for (let i = 0; i < 4; i++) h = undo(h);
    expect(h.present).toEqual(start);
    expect(canUndo(h)).toBe(false);
  });

  it('redo replays what undo took back', () => {
    let h = createHistory(start);
    h = record(h, { ...h.present, text: 'Leaders met.' });
    const edited = h.present;
    h = redo(undo(h));
    expect(h.present).toEqual(edited);
    expect(canRedo(h)).toBe(false);
  });

  it('a new change after an undo discards the redo branch', () => {
    let h = record(createHistory(start), { ...start, published: '2025-11-06' });
    h = record(undo(h), { ...start, published: '2025-11-07' });
    expect(canRedo(h)).toBe(false);
    expect(undo(h).present).toEqual(start);
  });

  it('a change to nothing is not a step', () => {
    const h = createHistory(start);
    expect(record(h, { ...start })).toBe(h);
  });

  it('coalesces keystrokes into one step per word', () => {
    const h = type(createHistory(start), ' Talks resume', 0);
    expect(h.present.text).toBe('Leaders met last week. Talks resume');
    expect(h.past.map((s) => s.text?.inserted)).toEqual([' ', 'Talks ', 'resume']);
    expect(undo(h).present.text).toBe('Leaders met last week. Talks ');
  });

  it('a pause in typing ends a step', () => {
    let h = type(createHistory(start), 'ab', 0);
    h = type(h, 'cd', 5_000);
    expect(h.past.map((s) => s.text?.inserted)).toEqual(['ab', 'cd']);
  });

  it('typing and then backspacing within one word stays one step', () => {
    let h = type(createHistory(start), 'xyz', 0);
    h = record(h, { ...h.present, text: h.present.text.slice(0, -1) }, { key: 'typing', at: 350 });
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toEqual(start);
  });

  it('typing somewhere else starts a new step', () => {
    let h = type(createHistory(start), 'ab', 0);
    h = record(h, { ...h.present, text: 'X' + h.present.text }, { key: 'typing', at: 250 });
    expect(h.past).toHaveLength(2);
  });

  it('forgets the oldest steps beyond its limit', () => {
    let h = createHistory(start);
    for (let i = 0; i < 5; i++) h = record(h, { ...h.present, published: `2025-11-0${i + 1}` }, { limit: 3 });
    expect(h.past).toHaveLength(3);
  });

  it('survives a JSON round trip, so undo works after a reload', () => {
    let h = type(createHistory(start), ' More', 0);
    h = record(h, { ...h.present, labels: ['Edited'] });
    const reloaded: History<State> = JSON.parse(JSON.stringify(h));
    expect(undoAll(reloaded).present).toEqual(start);
  });

  it('any sequence of changes is undone back to the start and redone to the end, exactly', () => {
    const change = fc.record({ text: fc.string({ maxLength: 30 }), published: fc.constantFrom('2025-11-05', '2025-11-06'),
      label: fc.option(fc.string({ maxLength: 5 })), key: fc.constantFrom(null, 'typing'), gap: fc.nat(2000) });
    fc.assert(fc.property(fc.array(change, { maxLength: 25 }), (changes) => {
      let h = createHistory(start);
      let at = 0;
      for (const c of changes) {
        at += c.gap;
        const labels = c.label === null ? h.present.labels : [c.label];
        h = record(h, { text: c.text, published: c.published, labels }, { key: c.key, at });
      }
      const end = h.present;
      h = undoAll(h);
      expect(h.present).toEqual(start);
      while (canRedo(h)) h = redo(h);
      expect(h.present).toEqual(end);
    }));
  });
});

describe('splices', () => {
  it('diffText finds the change in a long text whose equal runs span many blocks', () => {
    const long = 'abcdefgh'.repeat(5000);
    const edited = long.slice(0, 20_001) + 'XY' + long.slice(20_003);
    const splice = diffText(long, edited)!;
    expect(splice).toEqual({ at: 20_001, removed: long.slice(20_001, 20_003), inserted: 'XY' });
    expect(applySplice(long, splice)).toBe(edited);
  });

  it('backspacing past the start of a typed word still undoes exactly', () => {
    let h = createHistory(start);
    h = record(h, { ...h.present, text: 'Leaders met last week.xy' }, { key: 'typing', at: 0 });
    h = record(h, { ...h.present, text: 'Leaders met last week' }, { key: 'typing', at: 100 });
    expect(h.past).toHaveLength(1);
    expect(undo(h).present).toEqual(start);
  });
});
