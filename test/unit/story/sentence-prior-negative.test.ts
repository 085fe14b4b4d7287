// What must NOT move a sentence's prior.
import { describe, expect, it } from 'vitest';
import { sentencePrior } from '../../../src/lib/story/sentencePrior';
import type { Collection } from '../../../src/lib/story/types';

const C: Collection = {
  articles: [{ id: 'a', published: '2024-03-05', publishedAt: '2024-03-05', sentences: [0, 1] }],
  sentences: [
    { article: 0, position: 0, start: 0, end: 10, text: 'The council closed the bridge on Monday.', days: ['2024-03-04'], spelled: [] },
    { article: 0, position: 1, start: 11, end: 20, text: 'Repairs start on March 11.', days: ['2024-03-11'], spelled: ['2024-03-11'] },
  ],
};
const none = () => new Map<string, number>();

describe('sentencePrior without cause', () => {
  it('takes nothing off a sentence that names only its entry’s day', () => {
    const prior = sentencePrior(C, [0], none, { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0.5 });
    expect(prior(0, '2024-03-04')).toBe(0);
    expect(prior(1, '2024-03-11')).toBe(0);
  });

  it('adds nothing when every weight is zero', () => {
    const prior = sentencePrior(C, [0], none, { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0 });
    expect([prior(0, '2024-03-11'), prior(1, '2024-03-04')]).toEqual([0, 0]);
  });

  it('takes nothing off an announcement when no penalty for it is given', () => {
    const prior = sentencePrior(C, [0], none, { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0 });
    expect(prior(1, '2024-03-11')).toBe(0);
  });

  it('takes nothing off a report published on the entry’s day or after it', () => {
    const prior = sentencePrior(C, [0], none, { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0, awaitedPenalty: 0.5 });
    expect(prior(0, '2024-03-04')).toBe(0);
    expect(prior(0, '2024-03-05')).toBe(0);
  });
});
