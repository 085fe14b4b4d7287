// A year's figure told as reached keeps its year. Sentences written for these tests; timexes
// handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2017-02-08';
const datesOf = dateWordsWith(PUBLISHED);

describe("a year's figure told as reached keeps the year", () => {
  it('keeps the year of revenue reported, an estimate told after it', () => {
    const text = 'The brewer reported 2016 revenue of $40 million, above the $38 million analysts expected.';
    expect(datesOf(text, [['2016', '2016']])).toEqual(['2016']);
  });
  it('keeps the year of revenue that climbed', () => {
    const text = 'The brewer beat expectations as 2016 revenue climbed to $40 million.';
    expect(datesOf(text, [['2016', '2016']])).toEqual(['2016']);
  });
});
