import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What day-break.test.ts does not tag: the sun's words with no preposition of time ("dawn
// raids", "a sunset clause"), the figurative "the dawn of", and a part of the day joined to a
// day written after it (left to the day's own parser). Sentences written for these tests.
const texts = (text: string) => tagTimexes(text, '2012-08-14').map((t) => t.text);

describe('tagTimexes: the sun\'s words that name no part of a day', () => {
  it('"dawn raids", "a sunset clause" and "the dawn of a new age" are not tagged', () => {
    expect(texts('Police carried out dawn raids; the law has a sunset clause; it was the dawn of a new age.')).toEqual([]);
  });

  it('"at dusk on Friday" tags only the Friday', () => {
    expect(texts('The rebels withdrew at dusk on Friday.')).toEqual(['Friday']);
  });

  it('"At Sunrise, Fla." is a place', () => {
    expect(texts('At Sunrise, Fla., the home side won 3-1.')).toEqual([]);
  });
});
