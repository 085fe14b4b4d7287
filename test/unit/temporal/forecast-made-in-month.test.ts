import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The past of a verb of forecasting right after its subject and right before "in" and a month
// ("the gain the company predicted in February", "Jones projected in January that ...") is the
// act of forecasting, dated by that month, which lies before the story: not the month of what
// was forecast, a year ahead (issue 13's dates on the wrong side, read on reuters/fresh21 after
// its first score). Sentences written for these tests; negative cases in
// forecast-made-in-month.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a month right after a forecaster and the verb of forecasting', () => {
  it('"the rebate the chain predicted in January" in April is last January', () => {
    expect(values('The refund is larger than the rebate the chain predicted in January because more stores were sold.', '1994-04-12')).toEqual([
      ['January', '1994-01'],
    ]);
  });
  it('"Harwell projected in October that costs would climb" in December is this October', () => {
    expect(values('Harwell projected in October that costs would climb.', '1992-12-03')).toEqual([['October', '1992-10']]);
  });
});
