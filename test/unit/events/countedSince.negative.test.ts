// A figure counted over a stretch that a "since" opens is no event of the day it starts on.
// Sentences written for these tests; timexes handmade so the rule is tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => e.when.text);

describe('a tally, a toll or a level counted since a day is no event of that day', () => {
  it.each([
    ['Since 2019 three wardens have been injured on the reserve.', '2019', '2019'],
    ['The mayor has held about one town hall a month since March.', 'March', '2024-03'],
    ['Since New Year’s Day, the club has signed more forwards than defenders.', 'New Year’s Day', '2024-01-01'],
    ['The index has not closed below 4,000 since February.', 'February', '2024-02'],
    ['The ferry line has carried twelve million passengers since 1998.', '1998', '1998'],
    ['The quartet has played two hundred concerts since 2015, its manager says.', '2015', '2015'],
    ['That puts him in a squad that’s won 14 trophies since 2010.', '2010', '2010'],
    ['Water use in the district has halved since 2020.', '2020', '2020'],
    ['The fund, which has more than doubled its gold holdings to $9 billion since 2019, sold bonds.', '2019', '2019'],
    ['At least six of 12 board members appear to have raised their forecasts since March.', 'March', '2024-03'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, words, value)).toEqual([]);
  });
});

describe('a figure’s tally keeps no event when the verb is hidden by a gerund reading', () => {
  it('drops "has attended about one hearing per week since"', () => {
    expect(datesOf('The senator has attended about one hearing per week since April.', 'April', '2024-04')).toEqual([]);
  });
});
