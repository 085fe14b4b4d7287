import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Negative cases for count-against-count.test.ts: a count that is set against nothing ("1,200
// people marched in May") makes no statistics sentence, and "a year earlier" there stays the year
// before; and counts for a run of months ("during Jan/May compared with 8,300 tonnes a year ago") are
// compared with that run a year back, no month the story reports: the year before. Sentences
// written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: counts set against nothing', () => {
  it('"Police said 1,200 people marched in May. A year earlier the town had banned the march." keeps 1993', () => {
    expect(values('Police said 1,200 people marched in May. A year earlier the town had banned the march.', '1994-06-15')).toEqual([
      ['May', '1994-05'],
      ['A year earlier', '1993'],
    ]);
  });
  it('"drew 14,500 visitors in May, and a year earlier it was closed" keeps 1993', () => {
    expect(values('The museum drew 14,500 visitors in May, and a year earlier it was closed for repairs.', '1994-06-15')).toEqual([
      ['May', '1994-05'],
      ['a year earlier', '1993'],
    ]);
  });
  it('a run of months: "7,100 tonnes of tin during Jan/May compared with 8,300 tonnes a year ago" after May figures is 1993', () => {
    const text = 'SINGAPORE, June 15 - Exports of copper totalled 44,200 tonnes in May, up from 41,000 tonnes in April.\nThe country shipped 7,100 tonnes of tin during Jan/May compared with 8,300 tonnes a year ago.';
    expect(values(text, '1994-06-15').slice(-2)).toEqual([
      ['Jan/May', 'P5M'],
      ['a year ago', '1993'],
    ]);
  });
});
