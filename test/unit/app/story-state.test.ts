// A timeline's articles as the user adds, dates and removes them: the open article becomes the
// story's first, the story is dated by its newest article, an undated article waits, and the
// user's merge follows its sentences when an earlier article leaves.
import { describe, expect, it } from 'vitest';
import { addArticles, articlesIn, dateArticle, isStory, removeArticle } from '../../../src/app/story/storyState';
import type { AuthoringState } from '../../../src/app/editor/state';
import { DEFAULT_SETTINGS } from '../../../src/app/editor/settings';
import { NO_EDITS, mergeEvents } from '../../../src/lib/edits';
import type { TimelineEvent } from '../../../src/lib/document';

const open: AuthoringState = {
  text: 'The council closed the bridge on Monday.',
  article: { title: 'Bridge closed', published: '2024-03-04', url: null, publisher: 'Ledger' },
  edits: NO_EDITS,
  settings: DEFAULT_SETTINGS,
};
const read = (id: string, text: string, published: string) => ({ id, text, published, title: null, url: null, publisher: null });

describe('the articles of a timeline', () => {
  it('make a story of the open article and the added ones, dated by the newest, headed by the open headline', () => {
    const story = addArticles(open, [read('b.txt', 'Repairs began on Tuesday.', '2024-03-12'), read('c.txt', 'It reopened.', '2024-03-08')]);
    expect(isStory(story)).toBe(true);
    expect(story.text).toBe('The council closed the bridge on Monday.\n\nRepairs began on Tuesday.\n\nIt reopened.');
    expect(story.article).toEqual({ title: 'Bridge closed', published: '2024-03-12', url: null, publisher: null });
    expect(articlesIn(story).map((a) => a.id)).toEqual(['Bridge closed', 'b.txt', 'c.txt']);
  });

  it('keep an open article that has no date waiting beside the story, with its text', () => {
    const undated = { ...open, article: { ...open.article, published: '' } };
    const story = addArticles(undated, [read('b.txt', 'Repairs began.', '2024-03-12')]);
    expect(story.waiting?.map((a) => [a.id, a.text])).toEqual([['Bridge closed', open.text]]);
    expect(story.text).toBe('Repairs began.');
    expect(isStory(story)).toBe(true);
    const dated = dateArticle(story, 'Bridge closed', '2024-03-04');
    // one dated article alone is an ordinary article, named by its headline ('Article 1' with none)
    expect(articlesIn(dated).map((a) => a.id)).toEqual(['Article 1', 'Bridge closed']);
    expect(articlesIn(dated).map((a) => a.text)).toEqual(['Repairs began.', open.text]);
    expect(dated.waiting).toBeUndefined();
  });

  it('go back to one ordinary article when all but one are removed', () => {
    const story = addArticles(open, [read('b.txt', 'Repairs began on Tuesday.', '2024-03-12')]);
    const single = removeArticle(story, 'Bridge closed');
    expect(single.articles).toBeUndefined();
    expect(single.text).toBe('Repairs began on Tuesday.');
    expect(single.article.published).toBe('2024-03-12');
    expect(isStory(single)).toBe(false);
  });

  it('carry a merge of two entries across the removal of an earlier article', () => {
    const story = addArticles(open, [read('b.txt', 'Repairs began on Tuesday.', '2024-03-12'), read('c.txt', 'It reopened on Friday.', '2024-03-15')]);
    const at = (s: string) => ({ start: story.text.indexOf(s), end: story.text.indexOf(s) + s.length });
    const entry = (id: string, s: string): TimelineEvent => ({
      id, label: s, status: 'past', when: { timex: null, start: '2024-03-12', end: '2024-03-12', granularity: 'day', text: null },
      source: at(s), sources: [at(s)],
    });
    const merged = { ...story, edits: mergeEvents(NO_EDITS, entry('e1', 'Repairs began on Tuesday.'), entry('e2', 'It reopened on Friday.'), story.text) };
    const after = removeArticle(merged, 'Bridge closed');
    const sources = after.edits.changed[0].event.sources!;
    expect(sources.map((s) => after.text.slice(s.start, s.end))).toEqual(['Repairs began on Tuesday.', 'It reopened on Friday.']);
  });
});
