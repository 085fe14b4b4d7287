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
});
