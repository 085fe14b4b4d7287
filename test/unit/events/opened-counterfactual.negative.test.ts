// What could (not) have been dates no happening: "In 2019, nobody could have foreseen the boom",
// "I couldn't have built it in 2010". Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a possibility that was not is no event', () => {
  it('drops a year opening a clause of what nobody could have seen', () => {
    expect(datesOf('“In 2019, nobody could have foreseen the boom in home deliveries,” the manager said.', [['2019', '2019']])).toEqual([]);
  });
  it('drops a season opening a clause of what might have been', () => {
    expect(datesOf('Last winter the club might have signed him for half the fee.', [['Last winter', '2023-WI']])).toEqual([]);
  });
  it('drops a year after "couldn\'t have" and its object', () => {
    expect(datesOf('The architect is modest about the tower: “We couldn’t have built it in 2010.', [['2010', '2010']])).toEqual([]);
  });
});
