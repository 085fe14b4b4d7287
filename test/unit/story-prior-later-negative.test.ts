// What must NOT earn a sentence the later-report or opening bonus.
import { describe, expect, it } from 'vitest';
import { sentencePrior } from '../../src/lib/story/sentencePrior';
import type { Collection } from '../../src/lib/story/types';

const C: Collection = {
  articles: [
    { id: 'preview', published: '2024-05-01', publishedAt: '2024-05-01', sentences: [0] },
    { id: 'same-day', published: '2024-05-05', publishedAt: '2024-05-05T18:00', sentences: [1] },
  ],
  sentences: [
    { article: 0, position: 0, start: 0, end: 10, text: 'On Sunday, voters will choose a new mayor.', days: ['2024-05-05'], spelled: [], opens: ['2024-05-05'] },
    { article: 1, position: 0, start: 0, end: 10, text: 'Polls closed at 8 p.m. across the city on Sunday, May 5.', days: ['2024-05-05'], spelled: ['2024-05-05'] },
  ],
};
const none = () => new Map<string, number>();
const ONLY = { relevanceWeight: 0, storyWeight: 0, otherDaysPenalty: 0 };

describe('sentencePrior without a later report or an opening', () => {
  it('adds nothing for an article published before or on the entry’s day', () => {
    const prior = sentencePrior(C, [0, 1], none, { ...ONLY, laterWeight: 0.5 });
    expect([prior(0, '2024-05-05'), prior(1, '2024-05-05')]).toEqual([0, 0]);
  });

  it('adds nothing for an opening on another day than the entry’s', () => {
    const prior = sentencePrior(C, [0, 1], none, { ...ONLY, openingWeight: 0.1 });
    expect(prior(0, '2024-05-04')).toBe(0);
  });

  it('adds nothing for a date written inside the sentence rather than at its start', () => {
    const prior = sentencePrior(C, [0, 1], none, { ...ONLY, openingWeight: 0.1 });
    expect(prior(1, '2024-05-05')).toBe(0);
  });

  it('adds nothing when neither weight is given', () => {
    const prior = sentencePrior(C, [0, 1], none, ONLY);
    expect([prior(0, '2024-05-05'), prior(1, '2024-05-05')]).toEqual([0, 0]);
  });
});
