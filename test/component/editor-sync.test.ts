import { beforeEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { bindWorkspace } from '../../src/app/editor/sync.svelte';
import { connectedEditor } from './workspace-setup';

const SAMPLE = 'The NIS briefed lawmakers on Tuesday. Joint drills will be held in March.';
const META = { title: 'Sample', url: 'https://example.com/a', published: '2025-11-05', publisher: 'Wire' };

function setup() {
  return connectedEditor(SAMPLE, META);
}

beforeEach(() => localStorage.clear());

describe('bindWorkspace', () => {
  it('records typing in the workspace as an undo step, and undo puts the text back', () => {
    const { ws, authoring } = setup();
    const unbind = bindWorkspace(ws, authoring);
    ws.setText(SAMPLE + ' More.');
    flushSync();
    expect(authoring.present.text).toBe(SAMPLE + ' More.');
    expect(authoring.present.article.url).toBeNull();
    authoring.undo();
    flushSync();
    expect(ws.text).toBe(SAMPLE);
    expect(ws.url).toBe('https://example.com/a');
    expect(ws.doc?.text).toBe(SAMPLE);
    unbind();
  });

  it('moves the workspace to a restored timeline instead of overwriting it with the sample', () => {
    const first = setup();
    first.authoring.openArticle('Talks resumed on Monday.', { title: 'Talks', published: '2024-03-05', url: null, publisher: null });
    const { ws, authoring } = setup();
    expect(authoring.restore()).toBe(true);
    const unbind = bindWorkspace(ws, authoring);
    flushSync();
    expect([ws.text, ws.published, ws.title]).toEqual(['Talks resumed on Monday.', '2024-03-05', 'Talks']);
    expect(authoring.present.text).toBe('Talks resumed on Monday.');
    unbind();
  });

  it('does not record a half-typed publication date', () => {
    const { ws, authoring } = setup();
    const unbind = bindWorkspace(ws, authoring);
    ws.setPublished('');
    flushSync();
    expect(authoring.present.article.published).toBe('2025-11-05');
    ws.setPublished('2025-11-06');
    flushSync();
    expect(authoring.present.article.published).toBe('2025-11-06');
    unbind();
  });

  it('shows a publication instant with a time of day as its day, without recording a change', () => {
    const { ws, authoring } = setup();
    const unbind = bindWorkspace(ws, authoring);
    authoring.openArticle('Talks resumed on Monday.', { title: null, published: '2024-03-02T09:30', url: null, publisher: null });
    flushSync();
    expect(ws.published).toBe('2024-03-02');
    expect(authoring.present.article.published).toBe('2024-03-02T09:30');
    expect(authoring.history.past).toHaveLength(0);
    unbind();
  });

  it('reads an opened article against its stamp\'s time of day, as the CLI does, until the user types a day', () => {
    const { ws, authoring } = setup();
    const unbind = bindWorkspace(ws, authoring);
    // Stamped 15:10 on a Friday: that morning's departure is behind the story, not ahead of it.
    const text = 'A ferry had been scheduled to leave the harbour on Friday morning.';
    authoring.openArticle(text, { title: null, published: '2024-03-01T15:10', url: null, publisher: null });
    flushSync();
    expect(ws.published).toBe('2024-03-01');
    expect(ws.doc?.article.published).toBe('2024-03-01T15:10');
    expect(ws.doc?.events.map((e) => e.status)).toEqual(['past']);
    // A day typed in the field is a day: the stamp's time goes with the page's date.
    ws.setPublished('2024-03-01');
    flushSync();
    expect(ws.doc?.article.published).toBe('2024-03-01');
    expect(ws.doc?.events.map((e) => e.status)).toEqual(['projected']);
    unbind();
  });
});
