import { describe, expect, it } from 'vitest';
import { articleAt, storyDocument } from '../../src/lib/story/document';
import type { StoryArticle } from '../../src/lib/story';

const article = (id: string, published: string, text: string): StoryArticle => ({ id, published, text });

// One happening (the well capped on July 15) told in three articles in different words.
const CAPPED = [
  article('a.txt', '2010-07-16', 'Engineers capped the leaking Gulf well on July 15, stopping the oil spill after 87 days.'),
  article('b.txt', '2010-07-17', 'The leaking well in the Gulf was capped on July 15, stopping the oil spill, officials said.'),
  article('c.txt', '2010-07-18', 'Since engineers capped the leaking well on July 15, no oil has reached the Gulf spill zone.'),
];

const sourcesOn = (doc: ReturnType<typeof storyDocument>, day: string) =>
  doc.events.find((e) => e.when.start === day)!.sources!.map((s) => ({ article: articleAt(doc.articles, s.start)!.id, text: doc.text.slice(s.start, s.end) }));

describe('an event of a story document lists every article that reported it', () => {
  it('adds the sentences of other articles that tell the same happening on the same day', () => {
    const doc = storyDocument(CAPPED, { dates: 1, sentences: 1 });
    const sources = sourcesOn(doc, '2010-07-15');
    expect(sources.map((s) => s.article).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(doc.events[0].source).toEqual(doc.events[0].sources![0]);
  });

  it('lists the quoted sentence first and the others from the most alike', () => {
    const doc = storyDocument(CAPPED, { dates: 1, sentences: 1, corroboration: { similarity: 0.3, cap: 12 } });
    const [first, ...others] = sourcesOn(doc, '2010-07-15');
    expect(doc.text.slice(doc.events[0].source.start, doc.events[0].source.end)).toBe(first.text);
    expect(others).toHaveLength(2);
  });

  it('lists at most the cap, the quoted sentences included', () => {
    const many = Array.from({ length: 20 }, (_, i) => article(`wire-${i}.txt`, '2010-07-16', `Engineers capped the leaking Gulf well on July 15, stopping the oil spill.`));
    const doc = storyDocument(many, { dates: 1, sentences: 1 });
    expect(doc.events[0].sources).toHaveLength(12);
    expect(new Set(sourcesOn(doc, '2010-07-15').map((s) => s.article)).size).toBe(12);
    expect(storyDocument(many, { dates: 1, sentences: 1, corroboration: { similarity: 0.5, cap: 3 } }).events[0].sources).toHaveLength(3);
  });
});
