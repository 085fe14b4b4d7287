import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// An accord named by the day it was reached ("under the February 27 accord", "the limits set by
// the Feb 22 Paris accord") was reached before the story, whatever the sentence says will follow
// from it. Sentences written for these tests (issue 16, months and days without a year).

const valueOf = (text: string, published: string, words: string, nth = 0) => tagTimexes(text, published).filter((t) => t.text === words)[nth]?.value;

describe('tagTimexes: an accord named by its day', () => {
  it('"under the <day> agreement" with a future clause is the past day, not the one ahead', () => {
    expect(valueOf('Under the April 2 agreement, the union will accept a two-year wage freeze.', '1987-04-20', 'April 2')).toBe('1987-04-02');
  });

  it('an accord with words of its subject between date and noun', () => {
    expect(valueOf('Central banks will defend the ranges set by the January 14 currency stabilisation pact, dealers said.', '1987-02-03', 'January 14')).toBe('1987-01-14');
  });

  it('a possessive determiner: "terms of its March 20 debt rescheduling agreement"', () => {
    expect(valueOf('Brazil will make payments on the terms of its March 20 debt rescheduling agreement.', '1987-05-06', 'March 20')).toBe('1987-03-20');
  });
});
