import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "a late fall in prices" is a drop, no season; "the week-end's" names the weekend's games, as
// "the weekend's" does. Sentences written for these tests; published 2024-05-15.
const texts = (text: string) => tagTimexes(text, '2024-05-15').map((t) => t.text);

describe('tagTimexes: "late fall" and "the week-end", negative cases', () => {
  it('"a late fall in the crown" is not tagged', () => {
    expect(texts('Shares recovered after a late fall in the crown.')).toEqual([]);
  });
  it('"in a late fall" with an article is no season', () => {
    expect(texts('The climber was hurt in a late fall near the summit.')).toEqual([]);
  });
  it('"the week-end\'s" is not tagged', () => {
    expect(texts('The week-end\'s regattas drew record crowds.')).toEqual([]);
  });
});
