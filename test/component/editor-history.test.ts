import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { extract } from '../../src/lib/extract';
import type { NewslineDocument } from '../../src/lib/document';
import { NO_EDITS } from '../../src/lib/edits';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';
import Harness from './editor-harness.svelte';

const TEXT = 'The NIS briefed lawmakers on Tuesday. Trump visited Japan last week. Joint drills will be held in March.';
const ARTICLE = { title: 'Summit talk', published: '2025-11-05', url: null, publisher: null };

function setup() {
  let clock = 0;
  let ids = 0;
  const authoring = new Authoring({
    store: new TimelineStore(() => localStorage),
    now: () => (clock += 10),
    stamp: () => '2025-11-05T12:00:00Z',
    newId: () => `t${++ids}`,
    extractEvents: (text, article) => extract(text, article).events,
    saveDelayMs: 0,
  }, { text: TEXT, article: ARTICLE, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
  let doc: NewslineDocument | null = null;
  render(Harness, { authoring, ondoc: (d: unknown) => (doc = d as NewslineDocument) });
  return { authoring, shown: () => structuredClone(doc!) };
}

const events = () => within(screen.getByRole('list', { name: 'Events' }));

beforeEach(() => localStorage.clear());

describe('authoring with undo', () => {
  it('extracts at least three events from the test article, which the edits below use', () => {
    setup();
    expect(events().getAllByRole('button').length).toBeGreaterThanOrEqual(3);
  });

  it('a sequence of edits then as many undos returns the original document exactly', async () => {
    const { authoring, shown } = setup();
    const original = shown();
    const [first, second, third] = original.events;

    await userEvent.click(events().getByRole('button', { name: first.label }));
    await userEvent.clear(screen.getByLabelText('Event label'));
    await userEvent.type(screen.getByLabelText('Event label'), 'NIS briefing');
    await fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2025-11-06' } });
    await userEvent.click(events().getByRole('button', { name: second.label }));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Projected');
    await userEvent.click(events().getByRole('button', { name: third.label }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete event' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add event' }));
    await userEvent.selectOptions(screen.getByLabelText('Colour theme'), 'Dark');
    await userEvent.type(screen.getByLabelText('Headline'), ' (updated)');

    const edited = shown();
    expect(edited.events.map((e) => e.label)).toEqual(['NIS briefing', second.label, 'New event']);
    expect(edited.events[0].when.end).toBe('2025-11-06');
    expect(edited.events[1].status).toBe('projected');
    expect(edited.article.title).toBe('Summit talk (updated)');
    expect(authoring.present.settings.theme).toBe('dark');

    // Label typing, end date, status, deletion, addition, theme, headline typing: seven steps.
    expect(authoring.history.past).toHaveLength(7);
    for (let i = 0; i < 7; i++) await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(shown()).toEqual(original);
    expect(authoring.present.settings).toEqual(DEFAULT_SETTINGS);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();

    for (let i = 0; i < 7; i++) await userEvent.click(screen.getByRole('button', { name: 'Redo' }));
    expect(shown()).toEqual(edited);
  }, 30_000);

  it('Ctrl+Z undoes and Shift+Ctrl+Z redoes', async () => {
    const { authoring } = setup();
    await userEvent.selectOptions(screen.getByLabelText('Colour theme'), 'Dark');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(authoring.present.settings.theme).toBe('auto');
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(authoring.present.settings.theme).toBe('dark');
  });

  it('an edited event survives re-extraction after text is inserted above it', async () => {
    const { authoring, shown } = setup();
    const target = shown().events.find((e) => e.label.startsWith('Trump'))!;
    await userEvent.click(events().getByRole('button', { name: target.label }));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Projected');
    authoring.setText('Seoul was calm on Monday. ' + TEXT);
    await Promise.resolve();
    const kept = shown().events.find((e) => e.id === target.id)!;
    expect(kept.status).toBe('projected');
    expect(authoring.editedIds.has(target.id)).toBe(true);
  });

  it('saves every change, so a new session restores the timeline with its undo', async () => {
    const { authoring } = setup();
    await userEvent.selectOptions(screen.getByLabelText('Colour theme'), 'Dark');
    // Saving at once, as the first session does: a debounced save would still be pending when
    // the test ends, and would write this timeline over a later test's timeline t1 (every
    // component file shares one window and its storage; see test/component/setup.ts).
    const again = new Authoring({
      store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '', newId: () => 'other',
      extractEvents: () => [], saveDelayMs: 0,
    }, { text: '', article: ARTICLE, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
    expect(again.restore()).toBe(true);
    expect(again.id).toBe(authoring.id);
    expect(again.present.settings.theme).toBe('dark');
    again.undo();
    expect(again.present.settings.theme).toBe('auto');
  });
});

describe('recent timelines', () => {
  it('New article starts fresh and keeps the previous timeline to reopen', async () => {
    const { authoring } = setup();
    const first = authoring.id;
    await userEvent.click(screen.getByRole('button', { name: 'New article' }));
    expect(authoring.present.text).toBe('');
    expect(authoring.id).not.toBe(first);
    await userEvent.click(screen.getByText('Recent timelines'));
    await userEvent.click(screen.getByRole('button', { name: 'Summit talk' }));
    expect(authoring.id).toBe(first);
    expect(authoring.present.text).toBe(TEXT);
  });

  it('removes a saved timeline other than the open one', async () => {
    const { authoring } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'New article' }));
    authoring.setText('Another story from Monday.');
    await userEvent.click(screen.getByText('Recent timelines'));
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Summit talk” from this browser' }));
    expect(authoring.recent.map((r) => r.title)).toEqual(['Another story from Monday.']);
  });
});
