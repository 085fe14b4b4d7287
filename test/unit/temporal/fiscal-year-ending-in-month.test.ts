import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A fiscal year named by the month and year it ends in ("the current fiscal year ending in early
// March, 1989"), or by the day it "just ended" ("the fiscal year just ended May 2"), is the year
// of that end, as "the fiscal year ended June 30" is (TimeML values a fiscal year by the year it
// is named by): not the month alone, nor a year named sentences before (issue 16's fiscal years,
// read on reuters/fresh21 after its first score). Sentences written for these tests; negative
// cases in fiscal-year-ending-in-month.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a fiscal year named by its end', () => {
  it('"the current fiscal year ending in late June, 1992" is 1992', () => {
    expect(values('The distiller expects higher profit in the current fiscal year ending in late June, 1992.', '1991-10-09')).toEqual([
      ['the current fiscal year', '1992'],
      ['late June, 1992', '1992-06'],
    ]);
  });
  it('"the fiscal year just ended May 2" is the year of that day, after other years named', () => {
    expect(values('Profits were 90 mln dlrs in 1981 and 75 mln in 1980. Results for the fiscal year just ended May 2 will include a gain.', '1983-05-20')).toEqual([
      ['1981', '1981'],
      ['1980', '1980'],
      ['the fiscal year', '1983'],
      ['May 2', '1983-05-02'],
    ]);
  });
});
