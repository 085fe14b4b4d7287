// What must NOT become an event: a streak's count of periods ("for a third straight day", "for
// fourth week in a row", "marking a fifth consecutive month"): a tally of how often a thing has
// happened in a row, not when. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-06-12';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a streak counted in periods dates nothing', () => {
  it('drops "for a third straight day"', () => {
    expect(datesOf('Ferry bookings slipped for a third straight day.', [['a third straight day', '2025-06-12']])).toEqual([]);
  });
  it('drops "for the fifth consecutive session"', () => {
    expect(datesOf('The copper price climbed for the fifth consecutive session.', [['the fifth consecutive session', '2025-06-12']])).toEqual([]);
  });
  it('drops "for fourth week in a row"', () => {
    expect(datesOf('Mortgage approvals dipped for fourth week in a row.', [['fourth week', '2025-W24']])).toEqual([]);
  });
  it('drops a streak the news is said to mark, and keeps the month the news is of', () => {
    expect(datesOf('Bakery sales grew 2 percent in May, marking a fifth consecutive month of growth.', [['May', '2025-05'], ['a fifth consecutive month', '2025-05']])).toEqual([['May', '2025-05-01']]);
  });
});
