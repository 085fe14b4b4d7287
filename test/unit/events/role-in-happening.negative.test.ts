// A happening told as such, or a role a verb gives, keeps its year. Sentences written for these
// tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-03-09';
const datesOf = dateWordsWith(PUBLISHED);

describe('a year happening told as such keeps its year', () => {
  it('keeps the election a party won', () => {
    const text = 'Labour won a majority in the 2017 election.';
    expect(datesOf(text, [['2017', '2017']])).toEqual(['2017']);
  });
  it('keeps the year of a disaster its victims are named by', () => {
    const text = 'Families of victims of the 2011 mine collapse met the minister.';
    expect(datesOf(text, [['2011', '2011']])).toEqual(['2011']);
  });
  it('keeps the standing a verb tells', () => {
    const text = 'She stood as a candidate in the 2017 election.';
    expect(datesOf(text, [['2017', '2017']])).toEqual(['2017']);
  });
});
