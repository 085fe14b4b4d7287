import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Chrono's clock parser reads every number that could be an hour; those with no clock written
// that overlap no other reading are let go before the refiners (newsChrono.ts, session 18, output
// unchanged). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: numbers that could be hours', () => {
  it('a count beside a day is no time: only the day', () => {
    expect(values('Police said 12 people were hurt in the crush on Monday.', '2019-05-08')).toEqual([['Monday', 'DATE', '2019-05-06']]);
  });

  it('a clock written beside a day is one TIME', () => {
    expect(values('The polls close at 8 p.m. on Thursday.', '2019-05-08')).toEqual([['8 p.m. on Thursday', 'TIME', '2019-05-09T20:00']]);
  });

  it('a clock alone is a time of the story\'s day', () => {
    expect(values('The fire was put out at 10:45, officials said.', '2019-05-08')).toEqual([['10:45', 'TIME', '2019-05-08T10:45']]);
  });
});
