import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "current" and "over" in wire copy: when they make or keep a time, and when they are plain words
// (issue 16, read on the 1987 wire splits reuters/fresh6-fresh11 after their first scores).
// Sentences written for these tests; negative cases in current-and-over.negative.test.ts.
const WED = '1987-05-13'; // a Wednesday
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: "current" and "over" in wire copy', () => {
  it('"current" before people of the market is a plain adjective', () => {
    expect(values('The contract should appeal to current market makers, the exchange said.')).toEqual([]);
  });

  it('"the current 1988 fiscal year" gives the fiscal year only, no present reference', () => {
    expect(values('He said revenue in the current 1988 fiscal year would rise.')).toEqual([['1988 fiscal year', '1988']]);
  });

  it('"over" after an amount is the stretch the amount covers: "40 billion dlrs over five years"', () => {
    expect(tagTimexes('The bill cuts spending by 40 billion dlrs over five years.', WED).map((t) => [t.text, t.value, t.mod])).toEqual([['five years', 'P5Y', undefined]]);
  });
});
