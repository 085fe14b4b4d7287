// What stays ahead: a future told in the present, a date with its own year or "next", a date not
// far ahead, and a past with no word of a future.
import { describe, expect, it } from 'vitest';
import { futureInPast } from '../../../src/lib/events/futureInPast';
import { timexOf } from './helpers';

const moved = (text: string, words: string, start: string, end: string, published: string, granularity: 'day' | 'month' = 'month') =>
  futureInPast(text, timexOf(text, words, start.slice(0, 7)), { start, end, granularity }, published);

describe('a date that stays ahead', () => {
  it('keeps a future told in the present ("is due to be scrapped in November")', () => {
    expect(moved('The old ferry, which is due to be scrapped in November, was sailing to Oslo.', 'November', '2024-11-01', '2024-11-30', '2024-01-10')).toBeNull();
  });
  it('keeps a present with no future word ("face re-election in November")', () => {
    expect(moved('Senators, many of whom face re-election in November, are watching the vote.', 'November', '2024-11-01', '2024-11-30', '2024-01-02')).toBeNull();
  });
  it('keeps "next June"', () => {
    expect(moved('The club said it would move to the new ground next June.', 'next June', '2025-06-01', '2025-06-30', '2024-07-20')).toBeNull();
  });
  it('keeps a date fewer than 300 days ahead', () => {
    expect(moved('The band said it would tour in April.', 'April', '2025-04-01', '2025-04-30', '2024-07-20')).toBeNull();
  });
  it('keeps a past with no word of a future (the tagger had its own reason)', () => {
    expect(moved('The mill closed in June.', 'June', '2025-06-01', '2025-06-30', '2024-07-20')).toBeNull();
  });
});
