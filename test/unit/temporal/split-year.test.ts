import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A year that runs across two calendar years, written with a slash ("the 1986/87 marketing
// year", "in 1984/85"): one DATE, the year it starts in. Sentences written for these tests
// (issue 16, missed forms).

const spans = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a split year written with a slash', () => {
  it('a marketing or crop year', () => {
    expect(spans('Soybean exports fell in the 1986/87 marketing year.', '1987-04-02')).toEqual([['1986/87', 'DATE', '1986']]);
  });

  it('a season across the turn of a century', () => {
    expect(spans('Sugar output rose 4 pct in 1999/00, the cooperative said.', '2000-11-14')).toEqual([['1999/00', 'DATE', '1999']]);
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: a fiscal year named by both its calendar years', () => {
  it('"fiscal 1988/89" is one DATE, the year it starts in, as "1988/89" is', () => {
    expect(values('The board set its lending targets for fiscal 1988/89 on Tuesday.', '1988-03-30').at(0)).toEqual(['fiscal 1988/89', '1988']);
  });

  it('"the 1985/86 fiscal year" with its comma after it, one span', () => {
    expect(values('Farm income fell in the 1985/86 fiscal year, the ministry said.', '1987-02-02').at(0)).toEqual(['the 1985/86 fiscal year', '1985']);
  });
});

describe('tagTimexes: a split fiscal year named by its first day', () => {
  it('"the fiscal year 1988/89 beginning on April 1" is 1988, as written, not the year it ends in', () => {
    expect(values('The new tariffs apply from the fiscal year 1988/89 beginning on April 1.', '1988-02-15').at(0)).toEqual(['fiscal year 1988/89', '1988']);
  });
});

describe('tagTimexes: the end day of a year named by both its calendar years', () => {
  it('"fiscal 1987/88 ending March 31" ends in 1988, "the 1985/86 season to July 31" in 1986', () => {
    expect(values('Tokyo hopes to pass the budget for fiscal 1987/88 ending March 31 by May.', '1987-04-20').slice(0, 2)).toEqual([
      ['fiscal 1987/88', '1987'],
      ['March 31', '1988-03-31'],
    ]);
    expect(values('Cane crushing in the 1985/86 season to July 31 reached 8 mln tonnes.', '1987-02-02')).toEqual([
      ['1985/86', '1985'],
      ['July 31', '1986-07-31'],
    ]);
  });
});
