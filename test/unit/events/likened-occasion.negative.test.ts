// What must NOT become an event: the date of another occasion that an opening "As in ...,", "As
// with ...," or "Unlike ...," sets the news beside. Sentences written for these tests; timexes
// handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-09-20';
const datesOf = dateWordsWith(PUBLISHED);

describe('an occasion the news is likened to is no event', () => {
  it('drops the year after an opening "As in"', () => {
    expect(datesOf('As in 2021, the harbour board raised mooring fees for yachts.', [['2021', '2021']])).toEqual([]);
  });
  it('drops the date inside an opening "As with" phrase of several words', () => {
    expect(datesOf('As with her budget speech last spring, the treasurer promised no new taxes.', [['last spring', '2025-SP']])).toEqual([]);
  });
  it('drops the date after an opening "Unlike", and keeps the news’s own day', () => {
    expect(datesOf('Unlike last winter, the ski lifts opened on Saturday.', [['last winter', '2024-WI'], ['Saturday', '2025-09-13']])).toEqual(['Saturday']);
  });
});
