// The base a change is measured from is no event: "up 30 percent over last year", "against a
// low of 9.80 dlrs/bbl in June". Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('the base of a change is no event', () => {
  it('drops "last year" after a change measured "over" it', () => {
    expect(datesOf('Ski resort operators said lift ticket sales are up 30 percent over last year.', [['last year', '2023']])).toEqual([]);
  });
  it('drops the month of an extreme set "against" a figure', () => {
    expect(datesOf('Heavy crude sold at 19 dlrs/bbl on Monday against a low of 9.80 dlrs/bbl in June.', [['Monday', '2024-05-13'], ['June', '2023-06']])).toEqual(['Monday']);
  });
});
