import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "that summer", "that February", "That fall": "that" before a season or a month points back to
// the year the narrative last wrote out, a bare year too (thatYear.ts). Sentences written for these
// tests; published 2021-03-10.
const all = (text: string) => tagTimexes(text, '2021-03-10').map((t) => [t.text, t.value]);

describe('tagTimexes: a season or a month of the year just named', () => {
  it('"that summer" after "in 2014" is the summer of 2014', () => {
    expect(all('The bakery opened its first shop in 2014. It won a regional prize that summer.')).toEqual([
      ['2014', '2014'],
      ['that summer', '2014-SU'],
    ]);
  });
  it('"that October" after a bare year is that year\'s October', () => {
    expect(all('The ferry line was sold in 2009 and the new owners cut two sailings that October.')).toEqual([
      ['2009', '2009'],
      ['that October', '2009-10'],
    ]);
  });
  it('"That fall," opening a sentence is tagged, in the year named', () => {
    expect(all('The club moved to a new ground in 2016. That fall, attendance doubled.')).toEqual([
      ['2016', '2016'],
      ['That fall', '2016-FA'],
    ]);
  });
});
