// A season placed in time by a preposition or a determiner dates what happened in it. Sentences
// written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value, 'DATE')], PUBLISHED).map((e) => e.when.text);

describe('a season a preposition or a determiner places is a time', () => {
  it.each([
    ['The museum reopened its east wing in spring after a long refit.', 'spring', '2024-SP'],
    ['Builders expect to finish the library by autumn.', 'autumn', '2024-FA'],
    ['The county closed two shelters over winter after a cold snap.', 'winter', '2023-WI'],
    ['After a summer of protests, the council voted to freeze rents.', 'summer', '2023-SU'],
    ['The club was founded in 1968 and played its first match the following spring.', 'spring', '1969-SP'],
    ['Health officials fear the virus will return this autumn and winter.', 'winter', '2024-WI'],
    ['Growers lost half their crop to a harsh winter.', 'winter', '2023-WI'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, words, value)).toEqual([words]);
  });
});
