import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The base a comparison counts from: the period reported, not a record's or a change's base; a level
// set against at a month's or a year's end is no step of the story (issue 16, read on the 1987 wire
// splits reuters/fresh6-fresh11 after their first scores). Sentences written for these tests;
// negative cases in comparison-base.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: comparisons count from the period reported, not from a record\'s or a change\'s base', () => {
  it('"a week earlier" after "the highest since April 1979" is a week before the week reported', () => {
    expect(values('Stocks of crude stood at 340 mln barrels on March 6, the highest since April 1979. Gasoline stocks were 2 mln barrels above a week earlier.', '1987-03-11')).toEqual([
      ['March 6', '1987-03-06'],
      ['April 1979', '1979-04'],
      ['a week earlier', '1987-02-27'],
    ]);
  });

  it('"a year ago" after "up 8 pct from mid-March 1986" is no longer counted back from that base (1985-03): the base reports nothing', () => {
    expect(values('Truck makers sold 40,000 units in the March 11-20 period, up 8 pct from mid-March 1986. The selling rate was 7.1 mln against 6.8 mln a year ago.', '1987-03-24').at(-1)).toEqual(['a year ago', '1986']);
  });
});

describe('tagTimexes: two comparisons set side by side count from the same period', () => {
  it('"12 basis points above a month earlier ... nine basis points above a month earlier" after June\'s rate are both May', () => {
    expect(values('Bill yields averaged 6.10 pct in June. The rate on home loans was 12 basis points above a month earlier. The rate on car loans was nine basis points above a month earlier.', '1987-07-06')).toEqual([
      ['June', '1987-06'],
      ['a month earlier', '1987-05'],
      ['a month earlier', '1987-05'],
    ]);
  });
});

describe('tagTimexes: a change measured from a month of an earlier year sets no narrative year', () => {
  it('"up 6.1 pct from late May 1986" leaves the next bare "May" in the year reported', () => {
    expect(values('Dealers sold 212,000 trucks in late May, up 6.1 pct from late May 1986. Sales in May were strong, an analyst said.', '1987-06-04')).toEqual([
      ['late May', '1987-05'],
      ['late May 1986', '1986-05'],
      ['May', '1987-05'],
    ]);
  });
});

describe('tagTimexes: the first month a sentence states is the one its comparison counts back from', () => {
  it('"at end June ... against 2.1 billion at end March and 1.9 billion a year earlier" is last June', () => {
    expect(values('Fourth-quarter net rose 8 pct. Reserves stood at 2.6 billion dlrs at end June against 2.1 billion at end March and 1.9 billion a year earlier.', '1987-07-24').at(-1)).toEqual(['a year earlier', '1986-06']);
  });
});

describe('tagTimexes: a level set against at a month\'s or a year\'s end is no step of the story', () => {
  it('"down from 41,200 at end-June 1986" leaves the next sentence\'s "end-June" in the month reported', () => {
    expect(values('Belgian jobless fell to 38,900 at end-June, down from 41,200 at end-June 1986.\nVacancies stood at 4,100 at end-June.', '1987-07-09').map((v) => v[1])).toEqual(['1987-06', '1986-06', '1987-06']);
  });

  it('"compared with 610 mln at end-1986 and 580 mln a year earlier" counts the year back from the month reported', () => {
    expect(values('Deposits at the end of June were 640 mln dlrs, compared with 610 mln at end-1986 and 580 mln a year earlier.', '1987-07-15').map((v) => v[1])).toEqual(['1987-06', '1986', '1986-06']);
  });
});

describe('tagTimexes: the British wire\'s "down on" and "up on" a dated figure', () => {
  it('"down on the 9.6 billion level for April 1987" is a base: the next bare April stays this year\'s', () => {
    expect(values('Exports rose to 9.1 billion guilders in April from 8.7 billion in March, but were down on the 9.6 billion level for April 1987. Imports in April fell.', '1988-05-10')).toEqual([
      ['April', '1988-04'],
      ['March', '1988-03'],
      ['April 1987', '1987-04'],
      ['April', '1988-04'],
    ]);
  });
});
