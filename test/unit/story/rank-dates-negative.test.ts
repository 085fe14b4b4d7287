// What must NOT weigh a day down in the default ranking.
import { describe, expect, it } from 'vitest';
import { prepareCollection } from '../../../src/lib/story';
import { dayFeatures, FEATURES, type DayFeatures } from '../../../src/lib/story/dateFeatures';
import { DEFAULT_WEIGHTS, rankDays } from '../../../src/lib/story/rankDates';

const day = (d: string, values: Partial<DayFeatures['values']>): DayFeatures => ({
  day: d,
  values: { ...(Object.fromEntries(FEATURES.map((f) => [f, 0])) as DayFeatures['values']), ...values },
});

describe('the default day ranking without an announcement', () => {
  it('scores a day no article named before it came by its relevance-weighted articles alone', () => {
    const [flood] = rankDays([day('2024-04-03', { relevant: 2.75, mentions: 3, published: 2, later: 1 })], DEFAULT_WEIGHTS);
    expect(flood.score).toBe(2.75);
  });

  it('gives two equally named days the same score and puts the earlier first', () => {
    const ranked = rankDays([day('2024-04-05', { relevant: 1.5 }), day('2024-04-04', { relevant: 1.5 })], DEFAULT_WEIGHTS);
    expect(ranked.map((r) => [r.day, r.score])).toEqual([['2024-04-04', 1.5], ['2024-04-05', 1.5]]);
  });
});

describe('articles that do not announce a day', () => {
  it('include one published on the day it names and one written after it', () => {
    const collection = prepareCollection([
      { id: 'same-day', published: '2024-04-03', text: 'The river burst its banks on Wednesday morning, flooding the market square.' },
      { id: 'next-day', published: '2024-04-04', text: 'Shopkeepers cleared mud from the market square after Wednesday’s flood.' },
    ]);
    const flood = dayFeatures(collection, {}).find((f) => f.day === '2024-04-03')!;
    expect(flood.values.awaited).toBe(0);
    expect(flood.values.articles).toBeCloseTo(Math.log1p(2), 9);
  });
});
