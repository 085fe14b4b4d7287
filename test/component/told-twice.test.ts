// A happening the article tells twice in the same words (a dek repeated as the opening
// sentence) is shown once, stays once through edits, and a deleted one does not come back.
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { extract } from '../../src/lib/extract';
import type { NewslineDocument } from '../../src/lib/document';
import { NO_EDITS } from '../../src/lib/edits';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';
import Harness from './editor-harness.svelte';

const DEK = 'The port authority closed the north terminal on Monday.';
const TEXT = `${DEK}\n\n${DEK} Ferries were sent to the south quay. The terminal will reopen in June.`;
const ARTICLE = { title: 'Terminal shut', published: '2030-03-13', url: null, publisher: null };

function setup() {
  let clock = 0;
  const authoring = new Authoring({
    store: new TimelineStore(() => localStorage),
    now: () => (clock += 10),
    stamp: () => '2030-03-13T12:00:00Z',
    newId: () => 't1',
    extractEvents: (text, article) => extract(text, article).events,
    saveDelayMs: 0,
  }, { text: TEXT, article: ARTICLE, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
  let doc: NewslineDocument | null = null;
  render(Harness, { authoring, ondoc: (d: unknown) => (doc = d as NewslineDocument) });
  return { authoring, shown: () => doc! };
}

const labels = () => within(screen.getByRole('list', { name: 'Events' })).queryAllByRole('button').map((b) => b.textContent);
const closed = (label: string | null) => /north terminal/.test(label ?? '');

beforeEach(() => localStorage.clear());

describe('a happening told twice', () => {
  it('is extracted twice but shown once', () => {
    const tellings = extract(TEXT, ARTICLE).events.filter((e) => closed(e.label));
    expect(tellings).toHaveLength(2);
    setup();
    expect(labels().filter(closed)).toHaveLength(1);
    expect(labels().some((l) => /reopen/i.test(l ?? ''))).toBe(true);
  });

  it('stays once after its label is edited', async () => {
    setup();
    const shownLabel = labels().find(closed)!;
    await userEvent.click(screen.getByRole('button', { name: shownLabel }));
    await userEvent.clear(screen.getByLabelText('Event label'));
    await userEvent.type(screen.getByLabelText('Event label'), 'Port shuts north terminal');
    expect(labels().filter((l) => l === 'Port shuts north terminal' || closed(l))).toEqual(['Port shuts north terminal']);
  });

  it('does not come back when the shown telling is deleted', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: labels().find(closed)! }));
    await userEvent.click(screen.getByRole('button', { name: /delete/i }));
    expect(labels().filter(closed)).toHaveLength(0);
  });

  it('opening a document that keeps both tellings shows one and counts no edit', async () => {
    const { authoring } = setup();
    await authoring.openDocument({ ...extract(TEXT, ARTICLE), article: ARTICLE });
    expect(authoring.editedIds.size).toBe(0);
    expect(labels().filter(closed)).toHaveLength(1);
  });
});
