// The story's side panel: an entry's sources with their articles ("2 articles, 2 sentences"),
// a source clicked shows its article with the sentence highlighted; Split and Merge in the
// editor change the entries as one undo step each.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract';
import { NO_EDITS, sourcesOf } from '../../src/lib/edits';
import { storyDocument } from '../../src/lib/story/document';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';
import Harness from './story-sources-harness.svelte';

const ARTICLES = [
  { id: 'desk/ledger.txt', published: '2024-03-04', title: 'Council shuts bridge', publisher: 'Ledger',
    text: 'The city council voted on Monday to close the Old Mill bridge after inspectors found cracks in its main span. Engineers will begin repairs on March 11, the council said.' },
  { id: 'desk/herald.txt', published: '2024-03-05', title: null, publisher: 'Herald',
    text: 'The Old Mill bridge closed on Monday after the council vote, leaving commuters to queue on Elm Street. Repairs on the bridge are due to start on March 11.' },
  { id: 'desk/wire.txt', published: '2024-03-12', title: null, publisher: null,
    text: 'Repair crews began work on the Old Mill bridge on Monday, a day earlier than planned. The bridge should reopen to walkers on March 20.' },
];
const story = storyDocument(ARTICLES, { dates: 20, sentences: 2, title: 'The Old Mill bridge' });

function setup(selected: string) {
  const authoring = new Authoring({
    store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2024-03-20T12:00:00Z', newId: () => 't1',
    extractEvents: (t, a) => extract(t, a).events, saveDelayMs: 0,
  }, { text: story.text, article: story.article, edits: NO_EDITS, settings: DEFAULT_SETTINGS, articles: story.articles });
  render(Harness, { authoring, story, selected });
  return authoring;
}

beforeEach(() => localStorage.clear());

describe('the sources of a story entry', () => {
  const told = story.events.find((e) => new Set(sourcesOf(e).map((s) => s.start < story.articles![1].start)).size === 2)!;

  it('lists every sentence with its article, outlet and date, and counts articles and sentences', () => {
    expect(told).toBeDefined();
    setup(told.id);
    const n = sourcesOf(told).length;
    expect(screen.getByText(new RegExp(`^\\d articles, ${n} sentences$`))).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Sources of the selected entry' });
    expect(within(list).getAllByRole('button')).toHaveLength(n);
    expect(list.textContent).toContain('Council shuts bridge · Ledger · 4 Mar 2024');
    // an article with no headline goes by its file's name, not its folders
    expect(list.textContent).toMatch(/(herald|wire)\.txt · /);
  });

  it('shows the article of a source clicked, the entry’s sentence highlighted, as text', async () => {
    setup(told.id);
    const buttons = within(screen.getByRole('list', { name: 'Sources of the selected entry' })).getAllByRole('button');
    await userEvent.click(buttons[buttons.length - 1]);
    const last = sourcesOf(told)[sourcesOf(told).length - 1];
    const view = screen.getByRole('document', { name: 'Article with source sentences' });
    expect(view.querySelector('mark')?.textContent).toBe(story.text.slice(last.start, last.end));
    expect(buttons[buttons.length - 1]).toHaveAttribute('aria-current', 'true');
  });
});

describe('Split and Merge in the editor', () => {
  it('splits an entry of several sentences into one entry each, and undo joins them again', async () => {
    const many = story.events.find((e) => sourcesOf(e).length > 1)!;
    const authoring = setup(many.id);
    await userEvent.click(screen.getByRole('button', { name: `Split into ${sourcesOf(many).length} entries` }));
    const entries = () => within(screen.getByRole('list', { name: 'Entries' })).getAllByRole('listitem');
    expect(entries()).toHaveLength(story.events.length + sourcesOf(many).length - 1);
    authoring.undo();
    await expect.poll(() => entries().length).toBe(story.events.length);
  });

  it('merges the entry with one chosen in "Merge with…"', async () => {
    const [first, other] = story.events;
    setup(first.id);
    await userEvent.selectOptions(screen.getByLabelText('Merge with…'), other.id);
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    const ids = within(screen.getByRole('list', { name: 'Entries' })).getAllByRole('listitem').map((li) => li.dataset.id);
    expect(ids).toContain(first.id);
    expect(ids).not.toContain(other.id);
  });
});
