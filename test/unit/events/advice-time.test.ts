// What stays an event beside advice: a day named for a thing that happens once ("the best time
// to see the comet is early Friday"), and a month that dates what was done. Sentences written
// for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-04-23';
const datesOf = dateWordsWith(PUBLISHED);

describe('dates beside advice that still date', () => {
  it('keeps the one night a comet can be seen', () => {
    expect(datesOf('The best time to see the comet is early Friday, astronomers said.', [['early Friday', '2024-04-26']])).toEqual(['early Friday']);
  });
  it('keeps a month that dates a booking made', () => {
    expect(datesOf('The couple booked their cruise in February, when fares were lowest.', [['February', '2024-02']])).toEqual(['February']);
  });
});
