// What must NOT become an event: the year a Commonwealth statute carries after a comma in its
// title ("the Water Services Bill, 2021", "the Companies Act, 2013"): it names the law; the
// law's tabling or passing is dated by the words that tell it. Sentences written for these tests;
// timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-08-20';
const datesOf = dateWordsWith(PUBLISHED);

describe("a statute's year after a comma is its title's", () => {
  it('drops the year of a bill named in its title', () => {
    expect(datesOf('Farmers say the Water Services Amendment Bill, 2021 favours large estates.', [['2021', '2021']])).toEqual([]);
  });
  it("drops the act's year and keeps the day of the ruling", () => {
    expect(datesOf('The high court struck down two clauses of the Broadcasting Act, 2019 on Tuesday.', [['2019', '2019'], ['Tuesday', '2025-08-19']])).toEqual(['Tuesday']);
  });
});
