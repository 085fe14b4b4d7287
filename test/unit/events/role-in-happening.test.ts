// A year's happening named after a person's role says who the person is. Sentences written for
// these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-03-09';
const datesOf = dateWordsWith(PUBLISHED);

describe('a role named by a year happening dates nothing', () => {
  it('drops the year of the election a candidate stood in', () => {
    const text = 'Labour chose Mere Tupou, its candidate in the 2017 election, to lead the inquiry on Monday.';
    expect(datesOf(text, [['2017', '2017'], ['Monday', '2022-03-07']])).toEqual(['Monday']);
  });
  it('drops the year of the race a winner is named by', () => {
    const text = 'The winner of the 2019 race, Alma Ruiz, will start from the back of the grid tomorrow.';
    expect(datesOf(text, [['2019', '2019'], ['tomorrow', '2022-03-10']])).toEqual(['tomorrow']);
  });
});
