// Ranking a story's days: the articles naming a day, each weighed by how much it is about the
// story, with the story's chronologies listing it and the share of the later coverage still
// naming it.
import { describe, expect, it } from 'vitest';
import { prepareCollection } from '../../../src/lib/story';
import { dayFeatures, FEATURES, type DayFeatures } from '../../../src/lib/story/dateFeatures';
import { DEFAULT_WEIGHTS, rankDays } from '../../../src/lib/story/rankDates';

const day = (d: string, values: Partial<DayFeatures['values']>): DayFeatures => ({
  day: d,
  values: { ...(Object.fromEntries(FEATURES.map((f) => [f, 0])) as DayFeatures['values']), ...values },
});

describe('the default day ranking', () => {
  it('adds a log-unit for each chronology listing a day and three quarters of its later share', () => {
    // two factboxes list the harbour fire's day; a third of the later articles still name it
    const [fire] = rankDays([day('2024-06-12', { relevant: 2, chronology: Math.log1p(2), laterShare: Math.log1p(10) - Math.log1p(30) })], DEFAULT_WEIGHTS);
    expect(fire.score).toBeCloseTo(2 + Math.log(3) + 0.75 * (Math.log(11) - Math.log(31)), 9);
    expect(fire.score).toBeCloseTo(2.3215, 4);
  });

  it('puts a day a factbox lists ahead of a day named as much that no chronology lists', () => {
    const ranked = rankDays([day('2024-06-20', { relevant: 2.3 }), day('2024-06-21', { relevant: 2.3, chronology: Math.log1p(1) })], DEFAULT_WEIGHTS);
    expect(ranked.map((r) => r.day)).toEqual(['2024-06-21', '2024-06-20']);
  });

  it('puts a late day its thin later coverage keeps naming ahead of an early day more articles named but few later ones', () => {
    // the verdict, eight months in: 6 of the 12 articles after it name it; the first week's
    // protest: named by more articles, but by 5 of the 400 written after it
    const verdict = day('2024-11-04', { relevant: 2.6, laterShare: Math.log1p(6) - Math.log1p(12) });
    const protest = day('2024-03-09', { relevant: 3.1, laterShare: Math.log1p(5) - Math.log1p(400) });
    const ranked = rankDays([protest, verdict], DEFAULT_WEIGHTS);
    expect(ranked.map((r) => r.day)).toEqual(['2024-11-04', '2024-03-09']);
    expect(ranked[1].score).toBeCloseTo(3.1 + 0.75 * (Math.log(6) - Math.log(401)), 9);
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
