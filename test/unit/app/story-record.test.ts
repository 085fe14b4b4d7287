// A story saved locally and read back: its articles and the ones waiting for a date come back
// with the text, the undo history still undoes the adding, and a record saved before stories
// (no articles at all) opens exactly as before.
import { describe, expect, it } from 'vitest';
import { TimelineStore, readSavedHistory } from '../../../src/app/storage';
import { addArticles } from '../../../src/app/story/storyState';
import type { AuthoringState } from '../../../src/app/editor/state';
import { DEFAULT_SETTINGS } from '../../../src/app/editor/settings';
import { NO_EDITS } from '../../../src/lib/edits';
import { createHistory, record, undo } from '../../../src/lib/history';

class MemoryStorage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(k: string) { return this.items.get(k) ?? null; }
  key(i: number) { return [...this.items.keys()][i] ?? null; }
  removeItem(k: string) { this.items.delete(k); }
  setItem(k: string, v: string) { this.items.set(k, String(v)); }
}

const single: AuthoringState = {
  text: 'The county closed the Old Mill bridge on Monday.',
  article: { title: 'Bridge closed', published: '2024-03-05', url: null, publisher: 'The Herald' },
  edits: NO_EDITS,
  settings: DEFAULT_SETTINGS,
};
const added = [
  { id: 'wire-7.txt', text: 'Repairs began on Tuesday.', published: '2024-03-12', title: null, url: null, publisher: 'Wire' },
  { id: 'notes.txt', text: 'Ask the engineer about the cost.', published: '', title: null, url: null, publisher: null },
];

describe('a story saved locally', () => {
  it('comes back with its articles, its waiting article and an undo step that takes the articles away', () => {
    const store = new TimelineStore(() => new MemoryStorage() as unknown as Storage);
    const story = addArticles(single, added);
    expect(story.articles?.map((a) => a.id)).toEqual(['Bridge closed', 'wire-7.txt']);
    const saved = store.save('s1', record(createHistory(single), story), '2024-03-20T12:00:00Z');
    expect(saved.ok).toBe(true);
    const loaded = store.load('s1');
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.history.present).toEqual(story);
    expect(loaded.history.present.article).toMatchObject({ title: 'Bridge closed', published: '2024-03-12' });
    const undone = undo(loaded.history).present;
    expect(undone.text).toBe(single.text);
    expect(undone.articles).toBeUndefined();
    expect(undone.waiting).toBeUndefined();
  });

  it('opens a record saved before stories, with no articles, as before', () => {
    const old = { format: 1, id: 't1', savedAt: '2025-11-05T10:00:00Z', history: { present: { ...single, settings: {} }, past: [], future: [] } };
    const present = readSavedHistory(JSON.parse(JSON.stringify(old))).present;
    expect(present.text).toBe(single.text);
    expect(present.article.title).toBe('Bridge closed');
    expect('articles' in present).toBe(false);
    expect('waiting' in present).toBe(false);
  });
});
