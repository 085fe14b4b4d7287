import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An event named again by its weekday keeps the day first given to it (issue 16, read on the 1987
// wire splits reuters/fresh6-fresh11 after their first scores). Sentences written for these tests;
// negative cases in weekday-again.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: an event named again by its weekday', () => {
  it('"Tuesday\'s vote" after "a vote last Tuesday" in a Tuesday story is that earlier Tuesday', () => {
    const story =
      'The council approved the budget in a vote last Tuesday, officials said.\n' +
      'Since Tuesday\'s vote, two members have resigned.';
    expect(values(story, '1987-05-19')).toEqual([
      ['last Tuesday', '1987-05-12'],
      ['Tuesday', '1987-05-12'],
    ]);
  });
});
