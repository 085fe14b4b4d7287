// What a sentence's place adds before its closeness to the day: hand-made collections.
import { describe, expect, it } from 'vitest';
import { sentencePrior } from '../../../src/lib/story/sentencePrior';
import { sentenceWords } from '../../../src/lib/story/sentenceWords';
import { inverseFrequency, tfidf } from '../../../src/lib/story/vectors';
import type { Collection, StorySentence } from '../../../src/lib/story/types';

function collection(articles: { published: string; sentences: [string, string[]][] }[]): Collection {
  const c: Collection = { articles: [], sentences: [] };
  articles.forEach((a, i) => {
    const ids = a.sentences.map(([text, days], position) => {
      const sentence: StorySentence = { article: i, position, start: 0, end: text.length, text, days, spelled: [] };
      return c.sentences.push(sentence) - 1;
    });
    c.articles.push({ id: `a${i}`, published: a.published, publishedAt: a.published, sentences: ids });
  });
  return c;
}

function priorFor(c: Collection, options: { relevanceWeight: number; storyWeight: number; otherDaysPenalty: number; awaitedPenalty?: number }) {
  const articles = c.articles.map((_, i) => i);
  const idf = inverseFrequency(c.sentences.map((_, s) => sentenceWords(c, s)));
  return sentencePrior(c, articles, (s) => tfidf(sentenceWords(c, s), idf), options);
}

const BRIDGE = collection([
  { published: '2024-03-05', sentences: [['The council closed the Old Mill bridge on Monday after inspectors found cracks.', ['2024-03-04']], ['The bridge closure, decided on Monday, follows the flood of March 1.', ['2024-03-04', '2024-03-01']]] },
  { published: '2024-03-05', sentences: [['Commuters queued on Elm Street after the council shut the cracked bridge.', []], ['A museum in the old town reopened its painting gallery.', []]] },
  { published: '2024-03-06', sentences: [['Inspectors said the cracks in the bridge span were deep.', []]] },
]);

describe('sentencePrior', () => {
  it('weighs down a sentence that also names a day other than the entry’s by the penalty', () => {
    const prior = priorFor(BRIDGE, { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0.2 });
    expect(prior(0, '2024-03-04')).toBe(0);
    expect(prior(1, '2024-03-04')).toBeCloseTo(-0.2);
  });

  it('ranks a sentence on the story above an aside in an on-story article', () => {
    const prior = priorFor(BRIDGE, { relevanceWeight: 0, storyWeight: 1, otherDaysPenalty: 0 });
    expect(prior(2, '2024-03-04')).toBeGreaterThan(prior(3, '2024-03-04'));
  });

  it('adds the relevance of the sentence’s article to the story', () => {
    const stray = collection([
      ...[0, 1, 2].map(() => ({ published: '2024-03-05', sentences: [['The council closed the cracked Old Mill bridge on Monday.', ['2024-03-04']]] as [string, string[]][] })),
      { published: '2024-03-05', sentences: [['A racehorse won the spring cup at the county track on Monday.', ['2024-03-04']]] },
    ]);
    const prior = priorFor(stray, { relevanceWeight: 0.5, storyWeight: 0, otherDaysPenalty: 0 });
    expect(prior(0, '2024-03-04')).toBeGreaterThan(prior(3, '2024-03-04'));
  });

  it('weighs down a sentence whose article came out before the entry’s day: it announced the day', () => {
    const vote = collection([
      { published: '2024-05-01', sentences: [['Voters will go to the polls on Sunday to choose a new mayor.', ['2024-05-05']]] },
      { published: '2024-05-06', sentences: [['Voters chose Ana Ruiz as mayor on Sunday.', ['2024-05-05']]] },
      { published: '2024-05-05', sentences: [['Polls opened at 7 a.m. today across the city.', ['2024-05-05']]] },
    ]);
    const prior = priorFor(vote, { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0, awaitedPenalty: 0.2 });
    expect(prior(0, '2024-05-05')).toBeCloseTo(-0.2);
    expect(prior(1, '2024-05-05')).toBe(0);
    expect(prior(2, '2024-05-05')).toBe(0);
  });
});
