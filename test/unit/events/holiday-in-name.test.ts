// A holiday's name opening a capitalised name: which programme, not a day. Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-12-28';
const datesOf = dateWordsWith(PUBLISHED);

describe('a holiday opening a capitalised name dates no event', () => {
  it("drops the holiday of an agency's campaign named after it", () => {
    const text = "Deputies stopped 41 drivers on Monday during the sheriff's Christmas Safe Roads Campaign.";
    expect(datesOf(text, [['Monday', '2022-12-26'], ['Christmas', '2022-12-25']])).toEqual(['Monday']);
  });
  it('drops the holiday of a programme named after it, told on its own', () => {
    const text = "The Thanksgiving Food Bank Appeal has raised $90,000, organisers said.";
    expect(datesOf(text, [['Thanksgiving', '2022-11-24']])).toEqual([]);
  });
});
