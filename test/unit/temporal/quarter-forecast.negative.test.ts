import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of quarter-forecast.test.ts must leave alone: a quarter forecast long after the
// calendar's one ended is the next, "net" that is no figure, and a year back that dates the
// clause's own act. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: forecast quarters that stay ahead, and a year back that is an act', () => {
  it('"expects first quarter net to rise" in November is next year\'s first quarter', () => {
    expect(values('The chain expects first quarter net to rise.', '1988-11-16')).toEqual([['first quarter', '1989-Q1']]);
  });

  it('"a year ago" that dates the act itself is still a year back', () => {
    expect(values('The plant the company closed a year ago will reopen in the second quarter.', '1988-01-20')).toEqual([
      ['a year ago', '1987'],
      ['the second quarter', '1988-Q2'],
    ]);
  });
});

describe('tagTimexes: "the year-ago" amount beside a forecast quarter', () => {
  it('"over the year-ago 5.1 mln dlrs" after a third quarter forecast is that quarter a year back', () => {
    expect(values('The grocer said it expects to report higher earnings for the third quarter over the year-ago 5.1 mln dlrs.', '1988-10-18')).toEqual([
      ['the third quarter', '1988-Q3'],
      ['the year-ago', '1987-Q3'],
    ]);
  });
});
