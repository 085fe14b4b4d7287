import { describe, expect, it } from 'vitest';
import { NO_EDITS } from '../../src/lib/edits';
import { createHistory, record, undo } from '../../src/lib/history';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import type { AuthoringState } from '../../src/app/editor/state';
import { FULL_MESSAGE, TimelineStore, UNAVAILABLE_MESSAGE } from '../../src/app/storage';

/** A Storage that holds at most `quota` characters, like a browser's localStorage. */
class SmallStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() { return this.items.size; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  getItem(k: string) { return this.items.get(k) ?? null; }
  removeItem(k: string) { this.items.delete(k); }
  clear() { this.items.clear(); }
  setItem(k: string, v: string) {
    const used = [...this.items].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
    if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(k, v);
  }
}

const state: AuthoringState = {
  text: 'Leaders met last week.',
  article: { title: 'Summit', published: '2025-11-05', url: null, publisher: null },
  edits: NO_EDITS,
  settings: DEFAULT_SETTINGS,
};

describe('TimelineStore', () => {
  it('restores a saved timeline with its undo history', () => {
    const storage = new SmallStorage();
    let h = record(createHistory(state), { ...state, text: 'Leaders met in Seoul last week.' });
    h = record(h, { ...h.present, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    expect(new TimelineStore(() => storage).save('t1', h, '2025-11-05T10:00:00Z')).toMatchObject({ ok: true });
    const reopened = new TimelineStore(() => storage);
    expect(reopened.currentId()).toBe('t1');
    const loaded = reopened.load('t1');
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.history.present).toEqual(h.present);
    expect(undo(undo(loaded.history)).present).toEqual(state);
  });

  it('lists recent timelines newest first, once each', () => {
    const store = new TimelineStore(() => new SmallStorage());
    const h = createHistory(state);
    store.save('a', h, '2025-11-05T10:00:00Z');
    store.save('b', { ...h, present: { ...state, article: { ...state.article, title: 'Other' } } }, '2025-11-05T11:00:00Z');
    store.save('a', h, '2025-11-05T12:00:00Z');
    expect(store.recent().map((r) => [r.id, r.title])).toEqual([['a', 'Summit'], ['b', 'Other']]);
  });

  it('says storage is full, after first trying to save without the undo history', () => {
    const big = record(createHistory(state), { ...state, text: 'x'.repeat(3000) });
    const roomy = new SmallStorage(3500);
    expect(new TimelineStore(() => roomy).save('t', big, 'now')).toMatchObject({ ok: true });
    const loaded = new TimelineStore(() => roomy).load('t');
    expect(loaded.ok && loaded.history.past).toEqual([]);
    expect(new TimelineStore(() => new SmallStorage(200)).save('t', big, 'now')).toEqual({ ok: false, message: FULL_MESSAGE });
  });

  it('says so when storage is blocked, without throwing', () => {
    const store = new TimelineStore(() => { throw new DOMException('denied', 'SecurityError'); });
    expect(store.available).toBe(false);
    expect(store.save('t', createHistory(state), 'now')).toEqual({ ok: false, message: UNAVAILABLE_MESSAGE });
    expect(store.recent()).toEqual([]);
  });

  it.each([
    ['{not json', 'The saved timeline is damaged (it is not valid JSON), so it could not be opened.'],
    ['{"history":{"present":{"text":"x","article":{"published":"soon"}}}}',
      'The saved timeline could not be opened: The article\'s publication date must be a real date written YYYY-MM-DD, found "soon".'],
    ['[]', 'The saved timeline could not be opened: it holds no timeline.'],
  ])('reports damaged saved data %j as a message', (raw, message) => {
    const storage = new SmallStorage();
    storage.setItem('newsline:timeline:t', raw);
    expect(new TimelineStore(() => storage).load('t')).toEqual({ ok: false, message });
  });

  it('keeps the document when only its undo steps are damaged', () => {
    const storage = new SmallStorage();
    storage.setItem('newsline:timeline:t', JSON.stringify({ history: { present: state, past: [{ text: 5 }], future: [] } }));
    const loaded = new TimelineStore(() => storage).load('t');
    expect(loaded).toMatchObject({ ok: true, history: { present: state, past: [], future: [] } });
  });
});

describe('two tabs', () => {
  it('a tab takes the version another tab saved of the same timeline', async () => {
    const { Authoring } = await import('../../src/app/editor/authoring.svelte');
    const deps = (id: string) => ({
      store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => 'now', newId: () => id,
      extractEvents: () => [], saveDelayMs: 0,
    });
    localStorage.clear();
    const a = new Authoring(deps('same'), state);
    const b = new Authoring(deps('same'), state);
    a.setSettings({ theme: 'dark' });
    b.savedElsewhere('newsline:timeline:same');
    expect(b.present.settings.theme).toBe('dark');
    expect(b.notice?.text).toBe('This timeline was changed in another tab; showing that version.');
    b.savedElsewhere('newsline:timeline:other');
    expect(b.present.settings.theme).toBe('dark');
  });
});
