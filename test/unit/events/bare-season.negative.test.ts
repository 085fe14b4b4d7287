// A season no preposition or determiner places in time is the season as a thing, a metaphor or a
// habit: no event. Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value, 'DATE')], PUBLISHED).map((e) => e.when.text);

describe('a season as a thing, a metaphor or a habit is no time', () => {
  it.each([
    ['Tourists bathed in a warm spring fed by the volcano, which erupted last year.', 'spring', '2024-SP'],
    ['The startup folded during what traders called a long funding winter.', 'winter', '2023-WI'],
    ['Ticket sales were weak because winter, when the pier is dark by four, is the quietest season.', 'winter', '2023-WI'],
    ['Sales dipped in March, but summer usually brings the crowds back, the owner said.', 'summer', '2024-SU'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, words, value)).toEqual([]);
  });
});
