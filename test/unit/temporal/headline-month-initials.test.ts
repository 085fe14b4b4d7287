import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A wire headline in capitals names its statistic's month first, and may put the market's initials
// or the product between month and figure noun ("JUNE U.K. TRUCK OUTPUT UP", "JULY U.S. CAR SALES
// SLIP"): the month is the period of the figures, not the walk or the modal (issue 16, months
// without a year). Sentences written for these tests; negative cases in
// headline-month-initials.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a headline month before initials or a product and its statistic', () => {
  it('"MAY U.K. TRUCK OUTPUT CLIMBS" in June is May', () => {
    expect(values('MAY U.K. TRUCK OUTPUT CLIMBS', '1991-06-12')).toEqual([['MAY', '1991-05']]);
  });

  it('"DAEWOO SAYS AUGUST DOMESTIC CAR SALES FELL" in September is August', () => {
    expect(values('DAEWOO SAYS AUGUST DOMESTIC CAR SALES FELL', '1991-09-04')).toEqual([['AUGUST', '1991-08']]);
  });

  it('"MARCH U.S. PURCHASING MANAGERS INDEX EDGES UP" in April is March', () => {
    expect(values('MARCH U.S. PURCHASING MANAGERS INDEX EDGES UP', '1991-04-02')).toEqual([['MARCH', '1991-03']]);
  });
});
