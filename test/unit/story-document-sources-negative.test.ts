import { describe, expect, it } from 'vitest';
import { articleAt, storyDocument } from '../../src/lib/story/document';
import type { StoryArticle } from '../../src/lib/story';

const article = (id: string, published: string, text: string): StoryArticle => ({ id, published, text });
const CAPPED = 'Engineers capped the leaking Gulf well on July 15, stopping the oil spill after 87 days.';

function sourceArticles(articles: StoryArticle[]): string[] {
  const doc = storyDocument(articles, { dates: 1, sentences: 1 });
  const capped = doc.events.find((e) => e.when.start === '2010-07-15')!;
  return capped.sources!.map((s) => articleAt(doc.articles, s.start)!.id);
}

describe('an event of a story document does not list as its report', () => {
  it('a sentence of the same day about another happening', () => {
    expect(sourceArticles([
      article('a.txt', '2010-07-16', `${CAPPED} The cap held overnight.`),
      article('b.txt', '2010-07-16', 'Fishermen protested in New Orleans on July 15 over lost income.'),
      article('c.txt', '2010-07-17', 'Engineers capped the leaking Gulf well on July 15, stopping the oil spill, officials said.'),
    ]).sort()).toEqual(['a.txt', 'c.txt']);
  });

  it('a sentence in the same words about another day', () => {
    expect(sourceArticles([
      article('a.txt', '2010-07-16', CAPPED),
      article('b.txt', '2010-07-20', 'Engineers capped the leaking Gulf well on July 19, stopping the oil spill.'),
    ])).toEqual(['a.txt']);
  });

  it('a line that shares only the date with it (a comment stamp)', () => {
    expect(sourceArticles([
      article('a.txt', '2010-07-16', CAPPED),
      article('blog.txt', '2010-07-16', 'July 15, 2010 03:32 pm | Great post, thanks.'),
    ])).toEqual(['a.txt']);
  });

  it('the same sentence twice from one article', () => {
    const sources = sourceArticles([article('a.txt', '2010-07-16', `${CAPPED}\n\nIn brief: ${CAPPED}\n\n${CAPPED}`), article('b.txt', '2010-07-17', CAPPED)]);
    expect(sources.filter((id) => id === 'b.txt')).toHaveLength(1);
    expect(sources.length).toBeLessThanOrEqual(3);
  });
});
