import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: an event named again by its weekday
// keeps the day first given to it (issue 16). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: weekdays not named again for the same event', () => {
  it('a weekday named again for another event keeps its own day', () => {
    const story =
      'The council approved the budget in a vote last Tuesday, officials said.\n' +
      'Tuesday\'s hearing on the zoning plan drew 200 residents.';
    expect(values(story, '1987-05-19')).toEqual([
      ['last Tuesday', '1987-05-12'],
      ['Tuesday', '1987-05-19'],
    ]);
  });

  it('a weekday not on publication\'s own day is left to its tense', () => {
    const story = 'The board met last Friday.\nFriday\'s meeting ended without a decision.';
    expect(values(story, '1987-05-19')).toEqual([
      ['last Friday', '1987-05-15'],
      ['Friday', '1987-05-15'],
    ]);
  });
});
