// A state that has lasted to the present dates nothing: "Sixty-two years later, the bridge is
// still the town's only crossing", "and still today, its best-known alumna is ...". Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a lasting state is no event', () => {
  it('drops a jump of years written with a hyphenated number before a present state', () => {
    expect(datesOf('Sixty-two years later, the bridge remains the only crossing on the river.', [['Sixty-two years later', '2024']])).toEqual([]);
  });
  it('drops "still today" set off as an aside', () => {
    expect(datesOf('When the studio opened, and still today, its best-known alumna was the painter Rosa Lind.', [['today', '2024-05-15']])).toEqual([]);
  });
});
