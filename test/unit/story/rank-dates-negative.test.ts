// What must NOT move a day in the default ranking.
import { describe, expect, it } from 'vitest';
import { prepareCollection } from '../../../src/lib/story';
import { dayFeatures, FEATURES, type DayFeatures } from '../../../src/lib/story/dateFeatures';
import { DEFAULT_WEIGHTS, rankDays } from '../../../src/lib/story/rankDates';

const day = (d: string, values: Partial<DayFeatures['values']>): DayFeatures => ({
  day: d,
  values: { ...(Object.fromEntries(FEATURES.map((f) => [f, 0])) as DayFeatures['values']), ...values },
});

describe('the default day ranking', () => {
  it('scores a day no chronology lists and every later article names by its relevance-weighted articles alone', () => {
    const [flood] = rankDays([day('2024-04-03', { relevant: 2.75, mentions: 3, published: 2, later: 1, laterShare: 0 })], DEFAULT_WEIGHTS);
    expect(flood.score).toBe(2.75);
  });

  it('does not weigh down a day named before it came', () => {
    const [vote] = rankDays([day('2024-04-11', { relevant: 1.8, awaited: Math.log1p(6) })], DEFAULT_WEIGHTS);
    expect(vote.score).toBe(1.8);
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
