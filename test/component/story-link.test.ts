// A story shared by link (or downloaded as JSON and opened again) opens as the story it was:
// its articles, its entries and the user's merge, still editable; its events edit as an
// article's do (label, date, delete), and those edits survive the story being rebuilt.
import { beforeEach, describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../src/lib/document';
import { extract } from '../../src/lib/extract';
import { NO_EDITS, mergeEdits } from '../../src/lib/edits';
import { encodeDocumentFragment } from '../../src/lib/publish/fragment';
import { STORY_DATES, STORY_SENTENCES, articlesOf, storyDocument } from '../../src/lib/story/document';
import { openLinkInto } from '../../src/app/editor/actions';
import { Authoring } from '../../src/app/editor/authoring.svelte';
import { DEFAULT_SETTINGS } from '../../src/app/editor/settings';
import { TimelineStore } from '../../src/app/storage';

const ARTICLES = [
  { id: 'ledger.txt', published: '2024-03-04', title: 'Council shuts bridge', publisher: 'Ledger',
    text: 'The city council voted on Monday to close the Old Mill bridge after inspectors found cracks in its main span. Engineers will begin repairs on March 11, the council said.' },
  { id: 'herald.txt', published: '2024-03-05', title: null, publisher: 'Herald',
    text: 'The Old Mill bridge closed on Monday after the council vote, leaving commuters to queue on Elm Street. Repairs on the bridge are due to start on March 11.' },
  { id: 'wire.txt', published: '2024-03-12', title: null, publisher: null,
    text: 'Repair crews began work on the Old Mill bridge on Monday, a day earlier than planned. The bridge should reopen to walkers on March 20.' },
];
const OPTIONS = { dates: STORY_DATES, sentences: STORY_SENTENCES, title: 'The Old Mill bridge' };
const build = (text: string, articles: NonNullable<NewslineDocument['articles']>) => storyDocument(articlesOf({ text, articles }), OPTIONS);

function editor(): Authoring {
  let ids = 0;
  return new Authoring({
    store: new TimelineStore(() => localStorage), now: () => 0, stamp: () => '2024-03-20T12:00:00Z', newId: () => `t${++ids}`,
    extractEvents: (text, article, articles) => (articles ? build(text, articles).events : extract(text, article).events),
    saveDelayMs: 0,
  }, { text: '', article: { title: null, published: '2024-03-20', url: null, publisher: null }, edits: NO_EDITS, settings: DEFAULT_SETTINGS });
}

beforeEach(() => localStorage.clear());

describe('a story shared by link', () => {
  it('opens with its articles and entries, a merge of two entries included', async () => {
    const story = storyDocument(ARTICLES, OPTIONS);
    expect(story.events.length).toBeGreaterThan(2);
    const sender = editor();
    await sender.openDocument(story);
    const [a, b] = sender.shown(story).events;
    sender.mergeEvents(a, b, story.text);
    const shared = sender.shown(story);
    expect(shared.events).toHaveLength(story.events.length - 1);

    const reader = editor();
    expect(await openLinkInto(reader, `#doc=${await encodeDocumentFragment(shared)}`)).toBe(true);
    expect(reader.present.articles).toEqual(story.articles);
    expect(reader.present.text).toBe(story.text);
    const rebuilt = build(reader.present.text, reader.present.articles!);
    expect(reader.shown(rebuilt).events).toEqual(shared.events);
  });
});

describe('editing a story’s entries as an article’s events', () => {
  it('keeps a new label, a new date and a deletion through a rebuild of the story', async () => {
    const story = storyDocument(ARTICLES, OPTIONS);
    const authoring = editor();
    await authoring.openDocument(story);
    const [first, second, third] = authoring.shown(story).events;
    authoring.changeEvent(first, { ...first, label: 'Council votes to shut the bridge' }, story.text);
    authoring.changeEvent(second, { ...second, when: { ...second.when, timex: null, start: '2024-03-06', end: '2024-03-06' } }, story.text);
    authoring.deleteEvent(third, story.text);
    const rebuilt = build(authoring.present.text, authoring.present.articles!);
    const shown = mergeEdits(rebuilt.events, authoring.present.edits, rebuilt.text);
    expect(shown.find((e) => e.id === first.id)?.label).toBe('Council votes to shut the bridge');
    expect(shown.find((e) => e.id === second.id)?.when.start).toBe('2024-03-06');
    expect(shown.some((e) => e.id === third.id)).toBe(false);
    expect(shown).toHaveLength(story.events.length - 1);
  });
});
