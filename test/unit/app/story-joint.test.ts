// The page's join of a story's articles must be the worker's, character for character: the
// worker's story document is shown only when its text is the text the page asked about.
import { describe, expect, it } from 'vitest';
import { articleAt, articlesOf, joinArticles } from '../../../src/lib/story/joint';
import * as story from '../../../src/lib/story/document';

const articles = [
  { id: 'a.txt', text: 'The dam failed on Monday.\n', published: '2024-03-04', title: 'Dam fails', url: null, publisher: 'Ledger' },
  { id: 'b.html', text: 'Rescuers arrived.', published: '2024-03-05T09:30', title: null, url: 'https://example.com/b', publisher: null },
  { id: 'a.txt', text: 'A second page under the same name.', published: '2024-03-06' },
];

describe('the page’s join of a story', () => {
  it('is the same text and ranges as the story document’s', () => {
    expect(joinArticles(articles)).toEqual(story.joinArticles(articles));
  });

  it('gives the articles back as the story document’s articlesOf does', () => {
    const joined = joinArticles(articles);
    expect(articlesOf(joined)).toEqual(story.articlesOf(joined));
  });

  it('finds the article of an offset as articleAt does, and none in the break between two', () => {
    const { text, articles: spans } = joinArticles(articles);
    for (let o = 0; o < text.length; o++) expect(articleAt(spans, o)).toEqual(story.articleAt(spans, o));
    expect(articleAt(spans, spans[0].end)).toBeNull();
  });
});
