import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the "that summer" rule (that-season.test.ts) leaves alone: the "that" of a clause after a
// verb of saying ("said that summer trade"), a "that" before a verb ("that summer was"), a year
// named too far back to be held, and "that fall" with no clause after it ("that fall in prices").
// Sentences written for these tests; published 2021-03-10.
const valueOf = (text: string, words: string) => tagTimexes(text, '2021-03-10').find((t) => t.text === words)?.value;

describe('tagTimexes: a "that" that names no year again', () => {
  it('"said that summer trade was slow" keeps the tense\'s summer', () => {
    expect(valueOf('In 2012 the harbour master said that summer trade was slow.', 'summer')).toBe('2020-SU');
  });
  it('"that summer was" keeps the tense\'s summer', () => {
    expect(valueOf('The fair returned in 2012, and that summer was the wettest on record.', 'summer')).toBe('2020-SU');
  });
  it('"that fall in prices" is no season', () => {
    expect(tagTimexes('Prices peaked in 2012, and that fall in prices hurt the growers.', '2021-03-10').map((t) => t.text)).toEqual(['2012']);
  });
});
