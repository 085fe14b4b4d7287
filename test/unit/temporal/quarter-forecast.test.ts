import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A quarter a company forecasts in the weeks after it ended, or while it runs, is that quarter,
// not the next one: the wire's "net" names figures as "earnings" does ("SEES HIGHER SECOND QUARTER
// NET" in July), and a comparison's base after the quarter ("against a year ago") is no past verb
// of the forecast (issue 16: results periods, read on reuters/fresh12). Sentences written for
// these tests; negatives in quarter-forecast.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a quarter just ended or under way, forecast', () => {
  it('"SEES HIGHER SECOND QUARTER NET" in July is the quarter just ended', () => {
    expect(values('ACME FOODS SEES HIGHER SECOND QUARTER NET', '1988-07-06')).toEqual([['SECOND QUARTER', '1988-Q2']]);
  });

  it('"expects third quarter net to top estimates" in October is the quarter just ended', () => {
    expect(values('The retailer expects third quarter net to top estimates.', '1988-10-12')).toEqual([['third quarter', '1988-Q3']]);
  });

  it('"against a year ago" after a forecast quarter leaves the forecast ahead', () => {
    expect(values('The brewer said it expects lower sales in its fourth quarter ending December 31 against a year ago.', '1988-11-02').slice(0, 2)).toEqual([
      ['fourth quarter', '1988-Q4'],
      ['December 31', '1988-12-31'],
    ]);
  });
});
