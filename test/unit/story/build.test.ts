// buildStory over small hand-made sets of articles with explicit publication dates.
import { describe, expect, it } from 'vitest';
import { prepareCollection, storyOf, type StoryArticle } from '../../../src/lib/story';
import { tagTimexes } from '../../../src/lib/temporal';

// 2024-03-04 is a Monday, 2024-03-11 the next Monday.
const ARTICLES: StoryArticle[] = [
  { id: 'ledger', published: '2024-03-04', text: 'The city council voted on Monday to close the Old Mill bridge after inspectors found cracks in its main span.\nEngineers will begin repairs on March 11, the council said.' },
  { id: 'herald', published: '2024-03-05', text: 'The Old Mill bridge closed on Monday after the council vote, leaving commuters to queue on Elm Street.\nRepairs on the bridge are due to start on March 11.' },
  { id: 'gazette', published: '2024-03-12', text: 'Repair crews began work on the Old Mill bridge on Monday, a week after the council closed it.\nThe council voted on March 4 to shut the bridge after inspectors found cracks.' },
  { id: 'post', published: '2024-03-12', text: 'Workers started repairing the cracked Old Mill bridge on Monday, the council engineer said.' },
];

describe('prepareCollection', () => {
  it('hands on each article\'s tagged dates, and prepares the same collection with or without taking them', () => {
    const given: [number, string[]][] = [];
    const taking = prepareCollection(ARTICLES, { onTagged: (i, timexes) => given.push([i, timexes.map((t) => t.value)]) });
    expect(given).toEqual(ARTICLES.map((a, i) => [i, tagTimexes(a.text, a.published).map((t) => t.value)]));
    expect(taking).toEqual(prepareCollection(ARTICLES));
    expect(taking.sentences.length).toBeGreaterThan(ARTICLES.length);
  });
});

describe('storyOf', () => {
  it('puts the days the coverage names most on the timeline, in calendar order', () => {
    const story = storyOf(ARTICLES, { dates: 2, sentences: 1 });
    expect(story.timeline.map((e) => e.date)).toEqual(['2024-03-04', '2024-03-11']);
  });

  it('keeps the one day named by the most articles when asked for one date', () => {
    // published the same day: March 11 is named by two articles ("Monday"), March 4 by one
    const story = storyOf(ARTICLES.slice(2), { dates: 1, sentences: 1 });
    expect(story.timeline.map((e) => e.date)).toEqual(['2024-03-11']);
  });

  it('summarises a day with sentences that tell of it, and says where each came from', () => {
    const story = storyOf(ARTICLES, { dates: 2, sentences: 2 });
    const closing = story.timeline.find((e) => e.date === '2024-03-04')!;
    expect(closing.sentences).toHaveLength(2);
    expect(closing.sentences.every((s) => /council|bridge/.test(s))).toBe(true);
    const first = closing.sources[0];
    const article = ARTICLES.find((a) => a.id === first.article)!;
    expect(article.text.slice(first.start, first.end).trim()).toBe(closing.sentences[0]);
  });

  it('borrows the single-article event label of a sentence', () => {
    const story = storyOf(ARTICLES.slice(0, 1), { dates: 1, sentences: 1 });
    expect(story.timeline[0]).toMatchObject({ date: '2024-03-04', labels: ['The city council voted to close the Old Mill bridge'] });
  });

  it('reads only the articles published in the span, and keeps days inside it', () => {
    const story = storyOf(ARTICLES, { dates: 5, sentences: 1, start: '2024-03-04', end: '2024-03-05' });
    // only ledger and herald are read: March 11 is named, but it lies outside the span
    expect(story.timeline.map((e) => e.date)).toEqual(['2024-03-04']);
    expect(story.timeline[0].sources.every((s) => s.article === 'ledger' || s.article === 'herald')).toBe(true);
  });

  it('takes lead sentences that name no day for the day they were published and the day before', () => {
    const story = storyOf(
      [{ id: 'a', published: '2024-03-05', text: 'Floodwater swept through the lower town, destroying dozens of homes and shops.\nIt was the worst flood on record, officials said on March 5.' }],
      { dates: 1, sentences: 2 },
    );
    expect(story.timeline[0].date).toBe('2024-03-05');
    expect(story.timeline[0].sentences).toContain('Floodwater swept through the lower town, destroying dozens of homes and shops.');
  });
});
