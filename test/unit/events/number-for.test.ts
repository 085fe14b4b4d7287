// A figure's "number" straight before "for" names the period the figure is for. Sentences
// written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2008-04-10';
const datesOf = dateWordsWith(PUBLISHED);

describe('the period a number is for dates no event', () => {
  it("drops the season of a player's cap number", () => {
    const text = 'His salary-cap number for this season, counting bonuses, is $4.1 million.';
    expect(datesOf(text, [['this season', '2008']])).toEqual([]);
  });
  it('drops the month a jobless number is for', () => {
    const text = 'The jobless number for March came in at 5.1 percent on Friday.';
    expect(datesOf(text, [['March', '2008-03'], ['Friday', '2008-04-04']])).toEqual(['Friday']);
  });
});
