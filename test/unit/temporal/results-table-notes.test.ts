import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A wire results table's notes write the periods it reports without an article: "2.10 dlrs in
// quarter and 3.40 dlrs in year", and a line "Year" over the year's figures. Each is the quarter
// or the year the story reports, as "in the quarter" and "for the year" are (issue 16's bare
// "quarter" and "year" misses, read on reuters/fresh21 after its first score). Text written for
// these tests; negative cases in results-table-notes.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a results table\'s "in quarter", "in year" and "Year"', () => {
  it('notes after a quarter reported are that quarter and its year', () => {
    const story = 'ACME MILLS 4TH QTR LOSS\n\nDAYTON, Ohio, Oct 14 - ended Aug 31\nShr loss 40 cts vs profit 31 cts\nNet loss 2.2 mln vs profit 1.7 mln\nYear\nShr loss 1.40 dlrs vs profit 1.12 dlrs\nNOTES: Per share results were 12 cts vs 9 cts in the quarter and 30 cts vs 22 cts in year.\nResults include a charge of 5 cts in quarter and 8 cts in year.\n';
    expect(values(story, '1988-10-14')).toEqual([
      ['4TH QTR', '1988-Q4'],
      ['Oct 14', '1988-10-14'],
      ['Aug 31', '1988-08-31'],
      ['Year', '1988'],
      ['the quarter', '1988-Q4'],
      ['year', '1988'],
      ['quarter', '1988-Q4'],
      ['year', '1988'],
    ]);
  });
});
