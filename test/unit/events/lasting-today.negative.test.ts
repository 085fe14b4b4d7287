// "today" closing a clause whose verb is a lasting state in the plain present says how things
// stand in the era, and dates nothing (notEvents.ts, isStateNotEvent's LASTING_STATE). Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const datesOf = dateWordsWith('2024-05-15');

describe('a lasting state with a closing "today" is no event', () => {
  it('drops "today" after "live" when another clause follows with "and"', () => {
    expect(datesOf('According to the census, a third of families (2 million households), including the Otienos, own a radio today and 4 million are expected to by 2030.', [['today', '2024-05-15'], ['2030', '2030']])).toEqual(['2030']);
  });
  it('drops "today" after "own" before a comma', () => {
    expect(datesOf('Most households in the valley own a car today, the survey found.', [['today', '2024-05-15']])).toEqual([]);
  });
});
