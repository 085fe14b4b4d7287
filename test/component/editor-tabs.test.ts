// Two tabs of one origin with the same timeline open: two Authoring instances over one
// localStorage, each with a save delay. A save in one is a `storage` event in the other
// (savedElsewhere); a delay that has not run out is a pending save that flush() writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { extract } from '../../src/lib/extract';
import type { TimelineEvent } from '../../src/lib/document';
import { NO_EDITS, mergeEdits } from '../../src/lib/edits';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import type { AuthoringState } from '../../src/app/editor/state';
import TabConflicts from '../../src/app/editor/TabConflicts.svelte';
import { TimelineStore } from '../../src/app/storage';

const TEXT = 'Trump toured Asia last week. The NIS briefed lawmakers on Tuesday. Joint drills will be held in March.';
const ARTICLE = { title: 'Asia', published: '2025-11-05', url: null, publisher: null };
const START: AuthoringState = { text: TEXT, article: ARTICLE, edits: NO_EDITS, settings: DEFAULT_SETTINGS };
const EXTRACTED = extract(TEXT, ARTICLE).events;
const KEY = 'newsline:timeline:same';

// The tabs opened by the running test.
const opened: Authoring[] = [];

// a long delay that never runs out inside a test: saves happen only by flush() or a merge
function tab(): Authoring {
  const a = new Authoring({
    store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2025-11-05T12:00:00Z',
    newId: () => 'same', extractEvents: () => EXTRACTED, saveDelayMs: 60_000,
  }, START);
  opened.push(a);
  return a;
}

/** Both tabs open the timeline saved by a first session. */
function twoTabs(): [Authoring, Authoring] {
  const first = tab();
  first.commit(START);
  first.flush();
  const [a, b] = [tab(), tab()];
  expect([a.restore(), b.restore()]).toEqual([true, true]);
  return [a, b];
}

const shown = (t: Authoring) => mergeEdits(EXTRACTED, t.present.edits, TEXT);
const labelOf = (t: Authoring, id: string) => shown(t).find((e) => e.id === id)?.label;
const relabel = (t: Authoring, event: TimelineEvent, label: string) => t.changeEvent(event, { ...event, label }, TEXT);
const [e1, e2] = EXTRACTED;

beforeEach(() => localStorage.clear());
// A save still waiting out its delay would run a minute later in whatever test or file is
// running then (every component file shares one window and its storage): it is written now.
afterEach(() => {
  for (const t of opened.splice(0)) t.flush();
});

describe('two tabs editing one timeline within the save delay', () => {
  it('keeps both labels when each tab relabels a different event', () => {
    const [a, b] = twoTabs();
    relabel(a, e1, 'Asia tour');
    relabel(b, e2, 'NIS briefing');
    a.flush(); // A's delay runs out first
    b.savedElsewhere(KEY); // B hears of it with its own change still pending
    a.savedElsewhere(KEY); // and A hears of B's merged save
    for (const t of [a, b]) expect([labelOf(t, e1.id), labelOf(t, e2.id)]).toEqual(['Asia tour', 'NIS briefing']);
    expect(b.notice?.text).toBe('Changes made in another tab were merged with yours.');
    const reopened = tab();
    reopened.restore();
    expect([labelOf(reopened, e1.id), labelOf(reopened, e2.id)]).toEqual(['Asia tour', 'NIS briefing']);
  });

  it('merges at save time when the other tab\'s storage event has not arrived yet', () => {
    const [a, b] = twoTabs();
    relabel(a, e1, 'Asia tour');
    b.setSettings({ theme: 'dark' });
    a.flush();
    b.flush(); // B saves before its storage event is delivered
    const reopened = tab();
    reopened.restore();
    expect([labelOf(reopened, e1.id), reopened.present.settings.theme]).toEqual(['Asia tour', 'dark']);
  });

  it('keeps both versions of one label for the user to choose, and takes the other on request', async () => {
    const [a, b] = twoTabs();
    relabel(a, e1, 'Asia tour');
    relabel(b, e1, 'Trip to Asia');
    a.flush();
    b.savedElsewhere(KEY);
    expect(labelOf(b, e1.id)).toBe('Trip to Asia');
    expect(b.notice?.text).toBe('Changes made in another tab were merged with yours. Both tabs changed one thing differently: choose which version to keep below.');
    render(TabConflicts, { authoring: b });
    expect(screen.getByRole('region', { name: 'Changed differently in two tabs' }).textContent).toContain(
      `The label of “Trip to Asia”: “Trip to Asia” in this tab, “Asia tour” in the other tab.`,
    );
    await fireEvent.click(screen.getByRole('button', { name: 'The label of “Trip to Asia”: use “Asia tour” (other tab)' }));
    expect(labelOf(b, e1.id)).toBe('Asia tour');
    expect(b.conflicts).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Changed differently in two tabs' })).toBeNull();
  });

  it('keeps this tab\'s version when the user says so', () => {
    const [a, b] = twoTabs();
    b.setArticle({ title: 'Mine' });
    a.setArticle({ title: 'Theirs' });
    a.flush();
    b.savedElsewhere(KEY);
    expect(b.conflicts.map((c) => c.kind)).toEqual(['article']);
    b.resolveConflict(b.conflicts[0], 'mine');
    expect([b.present.article.title, b.conflicts.length]).toEqual(['Mine', 0]);
  });

  it('keeps an event one tab deleted while the other edited it, and says so', () => {
    const [a, b] = twoTabs();
    a.deleteEvent(e2, TEXT);
    relabel(b, e2, 'NIS briefing');
    a.flush();
    b.savedElsewhere(KEY);
    expect(labelOf(b, e2.id)).toBe('NIS briefing');
    expect(b.notice?.text).toBe('Changes made in another tab were merged with yours. An event deleted in one tab and edited in the other was kept.');
  });

  it('still shows the other tab\'s version outright when this tab has nothing unsaved', () => {
    const [a, b] = twoTabs();
    relabel(a, e1, 'Asia tour');
    a.flush();
    b.savedElsewhere(KEY);
    expect(labelOf(b, e1.id)).toBe('Asia tour');
    expect(b.notice?.text).toBe('This timeline was changed in another tab; showing that version.');
  });
});

describe('a reload or a closed tab inside the save delay', () => {
  it('saves the pending edit on pagehide, beforeunload and a hidden page', async () => {
    const { default: AuthoringBar } = await import('../../src/app/editor/AuthoringBar.svelte');
    for (const [target, event] of [[window, 'pagehide'], [window, 'beforeunload'], [document, 'visibilitychange']] as const) {
      localStorage.clear();
      const [a] = twoTabs();
      const view = render(AuthoringBar, { authoring: a, doc: null });
      relabel(a, e1, `Asia tour (${event})`);
      if (event === 'visibilitychange') Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      target.dispatchEvent(new Event(event));
      const reloaded = tab();
      reloaded.restore();
      expect(labelOf(reloaded, e1.id)).toBe(`Asia tour (${event})`);
      view.unmount();
      Reflect.deleteProperty(document, 'visibilityState');
    }
  });

  it('merges a closing tab\'s pending edit with what the other tab saved meanwhile', () => {
    const [a, b] = twoTabs();
    relabel(a, e1, 'Asia tour');
    relabel(b, e2, 'NIS briefing');
    b.flush(); // B saved; A closes before hearing of it
    a.flush();
    const reopened = tab();
    reopened.restore();
    expect([labelOf(reopened, e1.id), labelOf(reopened, e2.id)]).toEqual(['Asia tour', 'NIS briefing']);
  });
});
