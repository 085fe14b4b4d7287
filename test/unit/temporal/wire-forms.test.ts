import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Forms the 1987 wire writes that were misread (issue 16's missed forms, from reuters/fresh4): a
// results table's year before the singular noun ("1986 year net") is that year, not a count of
// 1986 years; a half written as the wire's fraction ("3-1/2 months") is counted; "at this
// moment" is the present, as "at the moment" is; "year-to-date" is the year so far (found on
// fresh4, confirmed on reuters/dev's "Year to date"). Sentences written for these tests; 1987-04-21.
const TUE = '1987-04-21';
const values = (text: string) => tagTimexes(text, TUE).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: wire forms', () => {
  it('"1985 year net" in a results note is the year 1985', () => {
    expect(values('1985 year net includes a gain of 2.1 mln dlrs from the sale of a mill.')).toEqual([['1985 year', 'DATE', '1985']]);
  });

  it('"the past 2-1/2 years" is two and a half years', () => {
    expect(values('Copper prices have been depressed for the past 2-1/2 years, traders said.')).toEqual([['the past 2-1/2 years', 'DURATION', 'P2.5Y']]);
  });

  it('"a 5-1/2 month strike" counts five and a half months', () => {
    expect(values('The miners returned after a 5-1/2 month strike.')).toEqual([['5-1/2 month', 'DURATION', 'P5.5M']]);
  });

  it('"Year-to-date" before a figure is the year so far, publication\'s', () => {
    expect(values('Year-to-date copper shipments were 1.2 mln tonnes, the institute said.')).toEqual([['Year-to-date', 'DATE', '1987']]);
  });

  it('"at this moment" is the present', () => {
    expect(values('"There is no buyer at this moment," the broker said.')).toEqual([['this moment', 'DATE', 'PRESENT_REF']]);
  });
});
