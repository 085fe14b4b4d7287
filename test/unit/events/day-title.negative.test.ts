// What must NOT become an event: a day before a title that comes before a name ("about Oct. 7
// mastermind Yahya ...", "with March 11 survivor Ana ..."): the day says which title, and the
// happening it names is dated where it is told. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2025-02-12';
const datesOf = dateWordsWith(PUBLISHED);

describe('a day before a title and a name is no event', () => {
  it('drops the day before "mastermind" and a name', () => {
    expect(datesOf('The documents describe meetings with Nov. 3 mastermind Omar Haddad in a desert camp.', [['Nov. 3', '2024-11-03']])).toEqual([]);
  });
  it('drops the day before "survivor" and a name, and keeps the day of the news', () => {
    expect(datesOf('Organisers invited June 14 survivor Lena Ortiz to speak on Friday.', [['June 14', '2024-06-14'], ['Friday', '2025-02-07']])).toEqual(['Friday']);
  });
  it('drops a day before a plural of the people it names, with no article', () => {
    expect(datesOf('The charity paid grants to 4/19 families for a decade.', [['4/19', '1995-04-19']])).toEqual([]);
  });
});
