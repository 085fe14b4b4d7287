// What the lasting-state rules leave: a happening after a jump of years, or on the day itself,
// keeps its date. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a happening beside a lasting state keeps its date', () => {
  it('keeps a jump of years before a past happening', () => {
    expect(datesOf('Twenty-two years later, the town rebuilt the bridge.', [['Twenty-two years later', '1990']])).toEqual(['Twenty-two years later']);
  });
  it('keeps "today" when a happening is still going on today', () => {
    expect(datesOf('Rescue teams were still searching the rubble today.', [['today', '2024-05-15']])).toEqual(['today']);
  });
});
