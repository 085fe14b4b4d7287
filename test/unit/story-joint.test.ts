// How a story keeps its articles in one text: joined with a blank line, each with its range,
// given back whole, and found from any offset (none in the break between two).
import { describe, expect, it } from 'vitest';
import { articleAt, articlesOf, joinArticles } from '../../src/lib/story/joint';
import * as story from '../../src/lib/story/document';

const articles = [
  { id: 'a.txt', text: 'The dam failed on Monday.\n', published: '2024-03-04', title: 'Dam fails', url: null, publisher: 'Ledger' },
  { id: 'b.html', text: 'Rescuers arrived.', published: '2024-03-05T09:30', title: null, url: 'https://example.com/b', publisher: null },
  { id: 'a.txt', text: 'A second page under the same name.', published: '2024-03-06' },
];

describe('the joint text of a story', () => {
  it('joins the texts as given with a blank line between two, each range holding its own text', () => {
    const { text, articles: spans } = joinArticles(articles);
    expect(text).toBe('The dam failed on Monday.\n\n\nRescuers arrived.\n\nA second page under the same name.');
    spans.forEach((s, i) => expect(text.slice(s.start, s.end)).toBe(articles[i].text));
    expect(spans.map((s) => s.id)).toEqual(['a.txt', 'b.html', 'a.txt #2']);
    expect(spans[1]).toMatchObject({ title: null, publisher: null, url: 'https://example.com/b', published: '2024-03-05T09:30' });
  });

  it('gives the articles back with their texts and metadata', () => {
    const back = articlesOf(joinArticles(articles));
    expect(back.map((a) => a.text)).toEqual(articles.map((a) => a.text));
    expect(back[0]).toMatchObject({ id: 'a.txt', title: 'Dam fails', publisher: 'Ledger', published: '2024-03-04' });
    expect(articlesOf({ text: 'one article', articles: undefined })).toEqual([]);
  });

  it('finds the article of every offset, and none in the break between two or past the end', () => {
    const { text, articles: spans } = joinArticles(articles);
    for (let o = 0; o < text.length; o++) {
      const inside = spans.find((s) => s.start <= o && o < s.end) ?? null;
      expect(articleAt(spans, o)).toBe(inside);
    }
    expect(articleAt(spans, spans[0].end)).toBeNull();
    expect(articleAt(spans, text.length)).toBeNull();
    expect(articleAt(undefined, 0)).toBeNull();
  });

  it('is the join the story document is built on', () => {
    expect(story.joinArticles).toBe(joinArticles);
  });
});
