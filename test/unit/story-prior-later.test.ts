// A sentence's prior from when and how it tells its day: a later report writes the day as a whole,
// and a sentence that opens on the day makes it its main clause's. Hand-made collections.
import { describe, expect, it } from 'vitest';
import { sentencePrior } from '../../src/lib/story/sentencePrior';
import type { Collection, StorySentence } from '../../src/lib/story/types';

function collection(articles: { published: string; sentences: [string, string[], string[]?][] }[]): Collection {
  const c: Collection = { articles: [], sentences: [] };
  articles.forEach((a, i) => {
    const ids = a.sentences.map(([text, days, opens], position) => {
      const sentence: StorySentence = { article: i, position, start: 0, end: text.length, text, days, spelled: [], ...(opens ? { opens } : {}) };
      return c.sentences.push(sentence) - 1;
    });
    c.articles.push({ id: `a${i}`, published: a.published, publishedAt: a.published, sentences: ids });
  });
  return c;
}
const none = () => new Map<string, number>();
const ONLY = { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0 };

const RIG = collection([
  { published: '2010-04-21', sentences: [['The rig exploded late on Tuesday and was still burning this morning.', ['2010-04-20']]] },
  { published: '2010-04-27', sentences: [['The rig exploded on April 20, killing 11 workers.', ['2010-04-20']]] },
  { published: '2010-05-20', sentences: [['On April 20, an explosion on the rig killed 11 workers.', ['2010-04-20'], ['2010-04-20']]] },
]);

describe('sentencePrior: later reports and sentences that open on their day', () => {
  it('adds the weight times log(1 + days) from the entry’s day to the article’s publication', () => {
    const prior = sentencePrior(RIG, [0, 1, 2], none, { ...ONLY, laterWeight: 0.04 });
    expect(prior(0, '2010-04-20')).toBeCloseTo(0.04 * Math.log(2));
    expect(prior(1, '2010-04-20')).toBeCloseTo(0.04 * Math.log(8));
    expect(prior(2, '2010-04-20')).toBeCloseTo(0.04 * Math.log(31));
  });

  it('adds the opening weight to a sentence that opens on the entry’s day only', () => {
    const prior = sentencePrior(RIG, [0, 1, 2], none, { ...ONLY, openingWeight: 0.1 });
    expect([prior(0, '2010-04-20'), prior(1, '2010-04-20'), prior(2, '2010-04-20')]).toEqual([0, 0, 0.1]);
  });
});
