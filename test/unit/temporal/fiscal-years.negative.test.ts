import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: fiscal periods a company names: fiscal
// quarters and years named by the story, a fiscal calendar told as a standing fact, a fiscal year
// ended on a day (issue 16). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a fiscal quarter ended on a day', () => {
  it('"its fiscal third quarter ended June 28" is read from its end day, not from a fiscal year named later', () => {
    const text = 'Harbor Tool said earnings for its fiscal third quarter ended June 28 will be lower. In fiscal 1986 it earned 4 mln dlrs.';
    expect(values(text, '1987-06-30')[0]).toEqual(['third quarter', '1987-Q3']);
  });
});

describe('tagTimexes: a fiscal year that ended on a day', () => {
  it('a fiscal year that ended on a day is that day', () => {
    expect(values('The software maker said its fiscal year ended May 31 with record sales.', '1989-07-12').at(-1)).toEqual(['May 31', '1989-05-31']);
  });

  it('"the year" told in the past after an earlier year named keeps that year', () => {
    expect(values('The mill opened in 1982. During the year, it hired 300 workers.', '1987-11-10')).toEqual([
      ['1982', '1982'],
      ['the year', '1982'],
    ]);
  });
});
