import { describe, expect, it } from 'vitest';
import { articleAt, joinArticles, storyDocument } from '../../src/lib/story/document';
import type { StoryArticle } from '../../src/lib/story';
import { readDocument } from '../../src/lib/validate';

const QUAKE: StoryArticle = {
  id: 'quake.txt', published: '2023-02-07', title: 'Quake strikes',
  text: 'A magnitude 7.8 earthquake struck southern Turkey on February 6, killing thousands.',
};
const RESCUE: StoryArticle = {
  id: 'rescue.txt', published: '2023-02-09',
  text: 'Rescuers pulled a girl from the rubble in Hatay on February 8. The quake struck on February 6.',
};
const OPTIONS = { dates: 10, sentences: 2 };

describe('storyDocument does not', () => {
  it('build a story of no article', () => {
    expect(() => storyDocument([], OPTIONS)).toThrow('a story needs at least one article');
  });

  it('draw an event from an empty or blank article', () => {
    const doc = storyDocument([QUAKE, { id: 'blank.txt', published: '2023-02-08', text: '  \n ' }, { id: 'empty.txt', published: '2023-02-08', text: '' }, RESCUE], OPTIONS);
    expect(doc.articles!.map((a) => [a.id, a.end - a.start])).toEqual([['quake.txt', QUAKE.text.length], ['blank.txt', 4], ['empty.txt', 0], ['rescue.txt', RESCUE.text.length]]);
    const cited = doc.events.flatMap((e) => e.sources!).map((s) => articleAt(doc.articles, s.start)?.id);
    expect(new Set(cited)).toEqual(new Set(['quake.txt', 'rescue.txt']));
    expect(readDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('take a blank headline for the story', () => {
    expect(storyDocument([QUAKE, RESCUE], { ...OPTIONS, title: '   ' }).article.title).toBe('Quake strikes');
    expect(storyDocument([RESCUE, QUAKE], OPTIONS).article.title).toBeNull();
  });

  it('let two articles with one id share it, or lose either to a reader', () => {
    const twice = storyDocument([RESCUE, QUAKE, { ...RESCUE, published: '2023-02-10' }], OPTIONS);
    expect(twice.articles!.map((a) => a.id)).toEqual(['rescue.txt', 'quake.txt', 'rescue.txt #2']);
    expect(readDocument(JSON.parse(JSON.stringify(twice))).articles).toHaveLength(3);
  });

  it('point a source into the break between two articles', () => {
    const doc = storyDocument([QUAKE, RESCUE], OPTIONS);
    for (const e of doc.events) for (const s of e.sources!) expect(articleAt(doc.articles, s.start)).not.toBeNull();
  });

  it('shift an article\'s offsets when it is joined', () => {
    const { text, articles } = joinArticles([QUAKE, RESCUE]);
    expect(text.slice(articles[1].start, articles[1].end)).toBe(RESCUE.text);
    expect(articles[1].start).toBe(QUAKE.text.length + 2);
  });
});

describe('storyDocument leaves out', () => {
  it('a day that only readers’ comments and questions tell of', () => {
    const comments: StoryArticle = {
      id: 'comments.txt', published: '2023-02-12',
      text: 'Aid convoys reached Antakya on February 11. Quakewatcher wrote: the aid came far too late on February 10. Will the borders open on February 10?',
    };
    const doc = storyDocument([QUAKE, RESCUE, comments], OPTIONS);
    const days = doc.events.map((e) => e.when.start);
    expect(days).toContain('2023-02-11');
    expect(days).not.toContain('2023-02-10');
  });
});
