// An estimate's year before a figure says which year's figure is guessed. Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2017-02-08';
const datesOf = dateWordsWith(PUBLISHED);

describe("an estimate's year before a figure dates no event", () => {
  it('drops the year of an estimated revenue', () => {
    const text = 'The startup employs 80 people and has estimated 2016 revenue of $12 million.';
    expect(datesOf(text, [['2016', '2016']])).toEqual([]);
  });
  it('drops the year of projected sales beside a dated happening', () => {
    const text = 'The brewer cut its projected 2017 sales on Tuesday after a wet winter.';
    expect(datesOf(text, [['2017', '2017'], ['Tuesday', '2017-02-07']])).toEqual(['Tuesday']);
  });
});
