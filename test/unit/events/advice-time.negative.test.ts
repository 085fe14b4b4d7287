// What must NOT become an event: the time of year a service piece advises ("the best month to
// book a cruise is February"): it comes round every year and dates no happening. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-04-23';
const datesOf = dateWordsWith(PUBLISHED);

describe('a time of year advised is not dated', () => {
  it('drops the month advised for booking', () => {
    expect(datesOf('According to the agent, the best month to book a cruise is February, when lines cut their fares.', [['February', '2025-02']])).toEqual([]);
  });
  it('drops a season advised, after "in"', () => {
    expect(datesOf('The ideal time to plant tulip bulbs is usually in autumn, before the first frost.', [['autumn', '2024-FA']])).toEqual([]);
  });
  it('drops two months advised together', () => {
    expect(datesOf('The cheapest weeks for a ski trip are through March and April.', [['March and April', '2025-03']])).toEqual([]);
  });
  it('drops the second of two months advised when the tagger dates it alone', () => {
    expect(datesOf('The best time to book a safari is usually through June and July, the agent said.', [['July', '2024-07']])).toEqual([]);
  });
});
