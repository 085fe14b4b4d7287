// Article text in a story is data: a page's markup quoted in an article shows as the characters
// it is made of, in the sources and in the article read, and never becomes an element.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract';
import { NO_EDITS } from '../../src/lib/edits';
import { storyDocument } from '../../src/lib/story/document';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';
import Harness from './story-sources-harness.svelte';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const ARTICLES = [
  { id: 'a.txt', published: '2024-03-04', title: `<b>Bridge</b> ${HOSTILE}`, text: `The council closed the bridge on Monday, ${HOSTILE} officials said.` },
  { id: 'b.txt', published: '2024-03-05', text: `The bridge closed on Monday <script>window.__pwned=2</script> after the vote.` },
];

beforeEach(() => localStorage.clear());

describe('markup inside a story’s articles', () => {
  it('is shown as text and never becomes an element', async () => {
    const story = storyDocument(ARTICLES, { dates: 20, sentences: 2 });
    expect(story.events.length).toBeGreaterThan(0);
    const authoring = new Authoring({
      store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2024-03-20T12:00:00Z', newId: () => 't1',
      extractEvents: (t, a) => extract(t, a).events, saveDelayMs: 0,
    }, { text: story.text, article: story.article, edits: NO_EDITS, settings: DEFAULT_SETTINGS, articles: story.articles });
    const { container } = render(Harness, { authoring, story, selected: story.events[0].id });
    for (const b of within(screen.getByRole('list', { name: 'Sources of the selected entry' })).getAllByRole('button')) await userEvent.click(b);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.textContent).toMatch(/<img src=x onerror=|<script>/);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
