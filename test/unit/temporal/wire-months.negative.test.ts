import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the wire-month rules of wire-months.test.ts must not move: a slash pair of months after
// "in" is a time of the act, not a shipment window; a change made effective on a day months
// back stays that day (the nearest, not the one ahead); "took effect" as the past of an act
// before publication's month stays in publication's year. Tuesday 1987-04-28.
const TUE = '1987-04-28';
const valueOf = (text: string, words: string) => tagTimexes(text, TUE).find((t) => t.text === words)?.value;

describe('tagTimexes: months the wire rules leave alone', () => {
  it('a slash pair after "in" with a past verb is not moved ahead', () => {
    expect(valueOf('The firm sold its stake in April/May, traders said.', 'April')).toBe('1987-04');
  });

  it('"said effective November 30, it moved its fiscal year-end" stays the November just gone', () => {
    expect(valueOf('The group said effective November 30, it moved its fiscal year-end to that date.', 'November 30')).toBe('1986-11-30');
  });

  it('"which took effect on January 5" stays the January of publication\'s year', () => {
    expect(valueOf('The ban, which took effect on January 5, was lifted.', 'January 5')).toBe('1987-01-05');
  });

  it('"end" as a verb before a year takes no END mark', () => {
    expect(tagTimexes('The show will end 1986 as a hit.', TUE).map((t) => [t.text, t.mod])).toEqual([['1986', undefined]]);
  });
});
