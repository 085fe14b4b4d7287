import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rule of period-end-day.test.ts must leave alone: a quarter with no year of its own
// ended on a day, and a fiscal quarter, whose fiscal year names no calendar year. Sentences
// written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: quarters ended on a day that state no calendar year', () => {
  it('"the second quarter, ended May 31" is the latest such quarter', () => {
    expect(values('For the second quarter, ended May 31, the importer earned 220,000 dlrs.', '1988-07-14')).toEqual([
      ['the second quarter', '1988-Q2'],
      ['May 31', '1988-05-31'],
    ]);
  });

  it('"the first quarter of fiscal 1988, ended January 31" is read from its day', () => {
    expect(values('In the first quarter of fiscal 1988, ended January 31, the bank earned 3 mln dlrs.', '1988-03-02')).toEqual([
      ['the first quarter of fiscal 1988', '1988-Q1'],
      ['January 31', '1988-01-31'],
    ]);
  });
});

describe('tagTimexes: end days that stay ahead', () => {
  it('"the current year ending June 30" in July is the year under way', () => {
    expect(values('The toy maker expects a profit for the current year ending June 30.', '1988-07-19').at(-1)).toEqual(['June 30', '1989-06-30']);
  });

  it('a forecast for a period ending months after the last such day is the next one', () => {
    expect(values('The toy maker expects a loss for the quarter ending June 30.', '1988-09-19').at(-1)).toEqual(['June 30', '1989-06-30']);
  });
});
