import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rule of named-week.test.ts must leave alone: a week named from publication ("last
// week", "next week") names no date of the story, so a market report's "the week" after it is
// still its own week. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: weeks counted from publication', () => {
  it('"the week" after "next week" is the story\'s own week', () => {
    expect(values('Dealers expect the bill rate to ease next week. Copper gained 3 pct during the week.', '1988-06-24')).toEqual([
      ['next week', '1988-W26'],
      ['the week', '1988-W25'],
    ]);
  });
});

describe('tagTimexes: publication\'s own week named by its month', () => {
  it('"we are into the second week of March" leaves "the next day" counted from publication', () => {
    expect(values('We are into the second week of March, and the union says talks resume the next day.', '1988-03-08').at(-1)).toEqual(['the next day', '1988-03-09']);
  });
});
