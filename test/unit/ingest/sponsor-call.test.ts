// Issue 13: the lines that close a service piece with a sponsor's call to action or the outlet's
// own newsletter, told by their words. Lines written for these tests. (What stays: the .negative file.)
import { describe, expect, it } from 'vitest';
import { isNewsFurniture } from '../../../src/lib/ingest/templateLines';

describe("a sponsor's call to action and a newsletter line closing a service piece", () => {
  it('takes a call to contact or book with a named firm, now, for furniture', () => {
    for (const l of [
      'If you’re looking for a walking holiday in the Alps in 2027, enquire with Hilltop Tours today.',
      "If you're planning a kitchen makeover this spring, call the team at Oakline Fitters now!",
      'If you are thinking of a cruise next summer, book with Seaway Travel today.',
    ])
      expect(isNewsFurniture(l), l).toBe(true);
  });

  it("takes the outlet's newsletter line with words between 'our' and 'newsletter'", () => {
    for (const l of [
      'Read more of the Gazette’s latest garden stories by signing up to our free weekly newsletter',
      'Get every match report first: sign up to our daily sport newsletter.',
    ])
      expect(isNewsFurniture(l), l).toBe(true);
  });
});
