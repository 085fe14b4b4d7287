import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Months the wire names without a year in two conventions (issue 16, read on the reuters/check
// split and checked on fresh2): a commodity deal's slash pair of months after "for" is its
// shipment window, ahead of the deal even without "shipment"; the day a measure takes effect
// ("effective May 1") lies near its announcement, on either side: the nearest such day, not the
// one a past verb would push a year back. Sentences written for these tests; Tuesday 1987-04-28.
const TUE = '1987-04-28';
const values = (text: string) => tagTimexes(text, TUE).map((t) => [t.text, t.value]);

describe('tagTimexes: months of wire conventions', () => {
  it('a slash pair of months after "for" in a deal is the shipment window ahead', () => {
    expect(values('Egypt bought 50,000 tonnes of wheat at 98 dlrs a tonne for June/July, traders said.')).toEqual([['June', '1987-06'], ['July', '1987-07']]);
  });

  it('"effective May 1" after a past approval is the May 1 just ahead', () => {
    expect(values('The utility won approval to raise rates by 4 pct, effective May 1, regulators said.')).toEqual([['May 1', '1987-05-01']]);
  });

  it('the wire\'s "at end 1986" without a hyphen is the year at its end, as "end-1986" is', () => {
    expect(tagTimexes('Gearing rose to about 60 pct at end 1986 from 35 pct.', TUE).map((t) => [t.text, t.value, t.mod])).toEqual([['end 1986', '1986', 'END']]);
  });
});
