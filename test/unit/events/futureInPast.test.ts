// A future told from the past names the date just gone: "a vote scheduled for March 2" in a paper
// of March 9, when the clause is told in the past.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { futureInPast } from '../../../src/lib/events/futureInPast';
import { timexOf } from './helpers';

const whenOf = (text: string, words: string, value: string, published: string) => {
  const w = buildEvents(text, [timexOf(text, words, value)], published).find((e) => e.when.text === words)?.when;
  return w && [w.start, w.end];
};

describe('a date looked ahead to from the past', () => {
  it('puts "a referendum scheduled for March 2" in a March 9 paper on the March 2 gone', () => {
    const text = 'The governor was ousted days ahead of a referendum scheduled for March 2, plunging the province into turmoil.';
    expect(whenOf(text, 'March 2', '2025-03-02', '2024-03-09')).toEqual(['2024-03-02', '2024-03-02']);
  });
  it('puts a month of a relative clause in the past on the month gone', () => {
    const text = 'The chef, who was hired for a season of banquets planned for June, has opened his own bistro.';
    expect(whenOf(text, 'June', '2025-06', '2024-07-20')).toEqual(['2024-06-01', '2024-06-30']);
  });
  it('reads "would" as a future told from the past', () => {
    const text = 'The retailer said the tablet would go on sale on 8 October in four countries.';
    const t = timexOf(text, '8 October', '2025-10-08');
    expect(futureInPast(text, t, { start: '2025-10-08', end: '2025-10-08', granularity: 'day' }, '2024-11-30')).toEqual({ start: '2024-10-08', end: '2024-10-08', granularity: 'day' });
  });
});
