import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// An age before a name is the DURATION lived, the hyphenated word its span (issue 16; the
// timeml-news annotation convention). Sentences are written for these tests.
const PUB = '2024-06-03';

describe('tagTimexes: ages', () => {
  it.each([
    ['a digit age in years', 'The 61-year-old skipper retired after the race.', '61-year-old', 'P61Y'],
    ['a spelled-out age in months', 'A nine-month-old foal was found unharmed.', 'nine-month-old', 'P9M'],
    ["a newsroom abbreviation ('yr')", 'The 19-yr-old sprinter set a record.', '19-yr-old', 'P19Y'],
    ['an age in days', 'Keepers fed the 4-day-old cub by hand.', '4-day-old', 'P4D'],
  ])('%s: %s', (_name, sentence, words, value) => {
    expect(tagged(sentence, PUB, words)).toEqual({ text: words, type: 'DURATION', value });
  });
});
