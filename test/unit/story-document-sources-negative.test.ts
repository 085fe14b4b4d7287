import { describe, expect, it } from 'vitest';
import { articleAt, storyDocument } from '../../src/lib/story/document';
import { prepareCollection, type StoryArticle } from '../../src/lib/story';
import { corroboration } from '../../src/lib/story/documentSources';

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

describe('corroboration does not count as a report', () => {
  const reportsOf = (articles: StoryArticle[], quotedText: string, options = { similarity: 0.3, cap: 12, shared: 3 }) => {
    const collection = prepareCollection(articles);
    const quoted = collection.sentences.findIndex((s) => s.text.startsWith(quotedText));
    return corroboration(collection, options)('2010-07-15', [quoted]).slice(1).map((r) => collection.sentences[r.sentence].text);
  };

  it('a sentence that shares fewer than three words with the quoted one besides the date, however alike the two', () => {
    const articles = [
      article('a.txt', '2010-07-16', CAPPED),
      article('b.txt', '2010-07-16', 'Gulf engineers cheered on July 15.'),
    ];
    expect(reportsOf(articles, 'Engineers capped', { similarity: 0.1, cap: 12, shared: 1 })).toEqual(['Gulf engineers cheered on July 15.']);
    expect(reportsOf(articles, 'Engineers capped', { similarity: 0.1, cap: 12, shared: 3 })).toEqual([]);
  });

  it('a question about the happening, or a page’s promotion of it', () => {
    expect(reportsOf([
      article('a.txt', '2010-07-16', CAPPED),
      article('b.txt', '2010-07-16', 'Was the leaking Gulf well really capped on July 15, stopping the oil spill?'),
      article('c.txt', '2010-07-16', 'Coming up: how engineers capped the leaking Gulf well on July 15 and stopped the oil spill.'),
    ], 'Engineers capped')).toEqual([]);
  });
});
