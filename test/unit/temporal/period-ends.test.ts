import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The end of a period: "quarter's end" in a results story, a year-end with its year, the end of a
// period still under way (issue 16, read on the 1987 wire splits reuters/fresh6-fresh11 after their
// first scores). Sentences written for these tests; negative cases in period-ends.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);
const withMod = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value, t.mod ?? '']);

describe('tagTimexes: "quarter\'s end" in a results story', () => {
  it('beside the reported quarter\'s figures it is that quarter, its end', () => {
    expect(withMod('Second-quarter profit rose 9 pct, and deposits stood at 4.1 billion dlrs at quarter\'s end.', '1987-07-21')).toEqual([
      ['Second-quarter', '1987-Q2', ''],
      ["quarter's end", '1987-Q2', 'END'],
    ]);
  });

  it('a comparison after it counts back from that quarter', () => {
    expect(values('Third-quarter net fell 4 pct; reserves were 212 mln dlrs at quarter\'s end against 198 mln a year earlier.', '1987-10-16')).toEqual([
      ['Third-quarter', '1987-Q3'],
      ["quarter's end", '1987-Q3'],
      ['a year earlier', '1986-Q3'],
    ]);
  });

  it('one still to come is the quarter under way', () => {
    expect(values('First-quarter sales rose 3 pct, and the bank expects to close the branch sale by quarter\'s end.', '1987-04-22')).toEqual([
      ['First-quarter', '1987-Q1'],
      ["quarter's end", '1987-Q2'],
    ]);
  });
});

describe('tagTimexes: a year-end with its year', () => {
  it('"by year-end 1988" is one span, the year, its end', () => {
    expect(withMod('The utility said it plans to retire the bonds by year-end 1988.', '1987-06-03')).toEqual([['year-end 1988', '1988', 'END']]);
  });
});

describe('tagTimexes: the end of a period still under way', () => {
  it('"the current year ending June" told in the past lies ahead, and so does the year', () => {
    expect(values('Spending rose 4.5 pct in the current year ending June, the treasury said.', '1987-02-11')).toEqual([
      ['the current year', '1987'],
      ['June', '1987-06'],
    ]);
  });

  it('"this fiscal year, which ends September 30" is the end to come', () => {
    expect(values('Revenue was projected at 90 billion pesos for this fiscal year, which ends September 30.', '1987-05-06').map(([, v]) => v)).toContain('1987-09-30');
  });
});
