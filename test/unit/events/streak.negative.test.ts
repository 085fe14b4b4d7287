// Issue 13: a streak's length named as what something was ("It was the fourth straight month of
// falling sales", "That marked the ninth week in a row") counts periods; it dates no happening.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2021-08-12';
const datesOf = dateWordsWith(PUBLISHED);

describe('a streak counted in periods', () => {
  it.each([
    ['"was the fourth straight month"', 'It was the fourth straight month of falling car sales.', 'the fourth straight month', '2021-07'],
    ['"marked the ninth week in a row"', 'That marked the ninth week in a row that jobless claims dropped.', 'the ninth week', '2021-W31'],
  ])('%s', (_name, text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});
