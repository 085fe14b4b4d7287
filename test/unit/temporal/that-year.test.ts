import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A narrative names a year again by "that year", "that same year", "the same year": the year it
// last named. Sentences written for these tests; published 2021-03-10.
const all = (text: string) => tagTimexes(text, '2021-03-10').map((t) => [t.text, t.value]);

describe('tagTimexes: a year named again', () => {
  it('"That year" opening the next sentence is the year just named', () => {
    expect(all('The ferry line carried a million passengers in 1998. That year, the harbour board doubled its fees.')).toEqual([
      ['1998', '1998'],
      ['That year', '1998'],
    ]);
  });
  it('"the same year" at a clause’s end is the year of its sentence', () => {
    expect(all('The bakery was sold in 2011 to a cousin of the founder, who retired the same year.')).toEqual([
      ['2011', '2011'],
      ['the same year', '2011'],
    ]);
  });
  it('"later that year" takes the year of the month named before', () => {
    expect(all('The club moved to a new ground in March 2007. The old stand was pulled down later that year.')).toEqual([
      ['March 2007', '2007-03'],
      ['later that year', '2007'],
    ]);
  });
  it('"that same year" is the year last named', () => {
    expect(all('Loggers cleared the valley in 1964. Floods reached the village that same year.')).toEqual([
      ['1964', '1964'],
      ['that same year', '1964'],
    ]);
  });
});
