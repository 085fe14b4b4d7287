// While another article is read, the previous article's timeline is not shown under the new
// headline and date; an edit to the same article keeps its timeline up until the new reading.
import { beforeEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { extract } from '../../src/lib/extract';
import type { ArticleMeta } from '../../src/lib/document';
import { NO_EDITS } from '../../src/lib/edits';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { bindWorkspace } from '../../src/app/editor/sync.svelte';
import { TimelineStore } from '../../src/app/storage';
import { Workspace } from '../../src/app/workspace.svelte';

const FIRST = 'The bridge closed on Monday. Repairs will start next month.';
const META: ArticleMeta = { title: 'Bridge shut', url: null, published: '2025-11-05', publisher: null };
const OTHER = 'The choir sang on Saturday. Its tour ends in June.';
const OTHER_META: ArticleMeta = { title: 'Choir on tour', url: null, published: '2019-03-04', publisher: null };

/** A workspace whose extractor answers only when told, as the Worker answers later. */
function slowEditor() {
  const ws = new Workspace(FIRST, META, extract(FIRST, META));
  const asked: { text: string; article: ArticleMeta }[] = [];
  ws.connect({ request: (text, article) => void asked.push({ text, article: { ...article } }), dispose: () => {} });
  let ids = 0;
  const authoring = new Authoring({
    store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2025-11-05T12:00:00Z',
    newId: () => `t${++ids}`, extractEvents: (t, a) => extract(t, a).events, saveDelayMs: 0,
  }, { text: ws.text, article: ws.article, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
  const answer = () => {
    const last = asked[asked.length - 1];
    ws.receive({ ok: true, doc: extract(last.text, last.article) });
  };
  return { ws, authoring, answer };
}

beforeEach(() => localStorage.clear());

describe('opening another article while the first is drawn', () => {
  it('shows no timeline until the new article is read, then the new one', () => {
    const { ws, authoring, answer } = slowEditor();
    const unbind = bindWorkspace(ws, authoring);
    flushSync();
    expect(ws.doc?.text).toBe(FIRST);
    authoring.openArticle(OTHER, OTHER_META);
    flushSync();
    expect([ws.title, ws.published]).toEqual(['Choir on tour', '2019-03-04']);
    expect(ws.doc).toBeNull();
    expect(ws.pending).toBe(true);
    answer();
    expect(ws.doc?.text).toBe(OTHER);
    expect(ws.doc?.events.map((e) => e.when.start)).toContain('2019-03-02');
    unbind();
  });

  it('a page opened in place, and the undo back to the first article, each wait for their reading', () => {
    const { ws, authoring, answer } = slowEditor();
    const unbind = bindWorkspace(ws, authoring);
    authoring.replaceArticle(OTHER, OTHER_META);
    flushSync();
    expect(ws.doc).toBeNull();
    answer();
    expect(ws.doc?.text).toBe(OTHER);
    authoring.undo();
    flushSync();
    expect(ws.title).toBe('Bridge shut');
    expect(ws.doc).toBeNull();
    answer();
    expect(ws.doc?.text).toBe(FIRST);
    unbind();
  });
});

describe('an edit to the same article', () => {
  it('keeps the drawn timeline up while the edited text is read', () => {
    const { ws, authoring, answer } = slowEditor();
    const unbind = bindWorkspace(ws, authoring);
    ws.setText(FIRST + ' Tolls rose.');
    flushSync();
    expect(ws.doc?.text).toBe(FIRST);
    authoring.undo();
    flushSync();
    expect(ws.text).toBe(FIRST);
    expect(ws.doc?.text).toBe(FIRST);
    answer();
    expect(ws.doc?.text).toBe(FIRST);
    unbind();
  });
});
