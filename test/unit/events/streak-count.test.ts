// A streak's day that a happening is told "on" names that day, and a streak beside its own day
// keeps the day. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-06-12';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a streak keeps the days it names', () => {
  it('keeps the day a happening is told "on"', () => {
    expect(datesOf('On the sixth consecutive day of the strike, dockers blocked the gates.', [['the sixth consecutive day', '2025-06-12']])).toEqual([['the sixth consecutive day', '2025-06-12']]);
  });
  it('keeps the weekday beside the streak', () => {
    expect(datesOf('Ferry bookings slipped for a third straight day on Wednesday.', [['a third straight day', '2025-06-11'], ['Wednesday', '2025-06-11']])).toEqual([['Wednesday', '2025-06-11']]);
  });
});

describe('a result told for a streak of quarters keeps the quarter reported', () => {
  it('keeps "for the fourth straight quarter"', () => {
    expect(datesOf('Freight volumes shrank for the fourth straight quarter.', [['the fourth straight quarter', '2025-Q2']])).toEqual([['the fourth straight quarter', '2025-04-01']]);
  });
});
