// Ranking a story's days: the articles naming a day, each weighed by how much it is about the
// story, with a day named before it came (announced, and liable to slip) weighed down.
import { describe, expect, it } from 'vitest';
import { prepareCollection } from '../../../src/lib/story';
import { dayFeatures, FEATURES, type DayFeatures } from '../../../src/lib/story/dateFeatures';
import { DEFAULT_WEIGHTS, rankDays } from '../../../src/lib/story/rankDates';

const day = (d: string, values: Partial<DayFeatures['values']>): DayFeatures => ({
  day: d,
  values: { ...(Object.fromEntries(FEATURES.map((f) => [f, 0])) as DayFeatures['values']), ...values },
});

describe('the default day ranking', () => {
  it('takes a fifth of the log of one plus the announcing articles off a day', () => {
    // three articles named the ferry strike's day before it came
    const [strike] = rankDays([day('2024-06-12', { relevant: 2, awaited: Math.log1p(3) })], DEFAULT_WEIGHTS);
    expect(strike.score).toBeCloseTo(2 - 0.2 * Math.log(4), 9);
    expect(strike.score).toBeCloseTo(1.7227, 4);
  });

  it('puts a day reported after it happened ahead of a day named as much but only beforehand', () => {
    const ranked = rankDays([day('2024-06-20', { relevant: 2.3, awaited: Math.log1p(4) }), day('2024-06-21', { relevant: 2.3 })], DEFAULT_WEIGHTS);
    expect(ranked.map((r) => r.day)).toEqual(['2024-06-21', '2024-06-20']);
  });

  it('keeps an announced day the coverage names far more ahead of a day one report names afterwards', () => {
    // a summit awaited by a dozen articles against a minor hearing one article reported
    const ranked = rankDays([day('2024-07-02', { relevant: 1.2 }), day('2024-07-09', { relevant: 3.4, awaited: Math.log1p(12) })], DEFAULT_WEIGHTS);
    expect(ranked.map((r) => r.day)).toEqual(['2024-07-09', '2024-07-02']);
    expect(ranked[0].score).toBeCloseTo(3.4 - 0.2 * Math.log(13), 9);
  });
});

describe('articles that announce a day', () => {
  // 2024-06-12 is a Wednesday
  const collection = prepareCollection([
    { id: 'notice', published: '2024-06-10', text: 'Ferry crews will strike on June 12 over pay, their union said.' },
    { id: 'preview', published: '2024-06-11', text: 'No ferries will sail on Wednesday, the operator warned commuters.' },
    { id: 'report', published: '2024-06-13', text: 'Ferry crews walked out on Wednesday, stranding hundreds of commuters at the harbour.' },
  ]);

  it('are those published before the day they name', () => {
    const strike = dayFeatures(collection, {}).find((f) => f.day === '2024-06-12')!;
    expect(strike.values.awaited).toBeCloseTo(Math.log1p(2), 9);
    expect(strike.values.articles).toBeCloseTo(Math.log1p(3), 9);
  });
});
