// What the far-side rule leaves: a happening dated beside a multiple, a record or a base keeps its
// date. Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a happening beside a comparison keeps its date', () => {
  it('keeps "as much as" a ceiling, no multiple', () => {
    expect(datesOf('Prices rose as much as 12 percent in March, the agency said.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps a date after the comparison has closed with a comma', () => {
    expect(datesOf('The plant made twice as many cars as its rival, and it shut its second line in March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps a record set on a day as the news', () => {
    expect(datesOf('The index set a record high on Tuesday.', [['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('keeps a first dated by its own happening, not counted since', () => {
    expect(datesOf('She became the first goalkeeper to win the award in 2002.', [['2002', '2002']])).toEqual(['2002']);
  });
  it('keeps a change dated by its own day', () => {
    expect(datesOf('Fares rose 18 dollars from the previous survey on Monday, the index showed.', [['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('keeps a happening told after a multiple with no "seen"', () => {
    expect(datesOf('Sales doubled the rate of the rival chain and the stores closed in June.', [['June', '2024-06']])).toEqual(['June']);
  });
});
