// What must NOT become an event: a date word inside a name, a clock time naming a slot, the date
// of a periodical's issue, a date in capitals. Sentences written for these tests; timexes
// handmade so the rules are tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a show’s slot in a listing is no event', () => {
  it('drops the clock of a bracketed listing with its channel', () => {
    expect(datesOf('Tonight’s pick is the cooking final “Knife Edge” (9 p.m., Channel 4).', [['9 p.m.', '2024-05-15T21:00', 'TIME']])).toEqual([]);
  });
});

describe('a programme’s title in quotes is no event', () => {
  it('drops a Sunday show named by its day', () => {
    expect(datesOf('The minister defended the cuts, she told NBC’s “This Week.”', [['This Week', '2024-W20']])).toEqual([]);
  });
});

describe('a month naming a market’s contract is no event', () => {
  it('drops the delivery month of a futures price', () => {
    expect(datesOf('Cocoa for March delivery settled at $8,210 a tonne on Friday.', [['March', '2025-03'], ['Friday', '2024-05-10']])).toEqual(['Friday']);
  });
  it('drops the month after "futures for"', () => {
    expect(datesOf('Arabica futures for July ended 3 cents lower on Thursday.', [['July', '2024-07'], ['Thursday', '2024-05-09']])).toEqual(['Thursday']);
  });
  it('drops the month of a contract named before "futures"', () => {
    expect(datesOf('July soybean futures fell 2 percent on Monday.', [['July', '2024-07'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
});

describe('a date word inside a name is no event', () => {
  it('drops a capitalised century that opens a company’s name', () => {
    expect(datesOf('The studio was sold to 20th Century Studios executives in a quiet deal.', [['20th Century', '19']])).toEqual([]);
  });
  it('drops a month that is a first name in a list of names', () => {
    expect(datesOf('The jury: Tom Reyes, May Okafor, Lena Brandt and Omar Haddad signed the verdict.', [['May', '2024-05']])).toEqual([]);
  });
  it('drops a month that is a surname after a first name', () => {
    expect(datesOf('The council heard from Doris August and two other residents.', [['August', '2023-08']])).toEqual([]);
  });
  it('drops a holiday run into the noun it names', () => {
    expect(datesOf('The game hides a Christmas Cracker that players can open.', [['Christmas', '2023-12-25']])).toEqual([]);
  });
});

describe('a clock time naming a slot, an issue’s date, a date in capitals are no events', () => {
  it('drops a time that names a broadcast slot', () => {
    expect(datesOf('In March 2021 the network moved the anchor to its 11 p.m. newscast.', [['March 2021', '2021-03'], ['11 p.m.', '2024-05-15T23:00', 'TIME']])).toEqual(['March 2021']);
  });
  it('drops the date of a magazine’s issue', () => {
    expect(datesOf('The essay appears in the June 3, 2024 issue of the quarterly.', [['June 3, 2024', '2024-06-03']])).toEqual([]);
  });
  it('drops the month of a magazine’s cover', () => {
    expect(datesOf('The skater, who fronts the journal’s April cover, says the sport saved her.', [['April', '2024-04']])).toEqual([]);
  });
  it('drops a diary’s date line in capitals, figures and all', () => {
    expect(datesOf('14 MAY, 2100 GMT, LAGOS PORT The dockers walked out on Tuesday.', [['14 MAY', '2024-05-14'], ['Tuesday', '2024-05-14']])).toEqual(['Tuesday']);
  });
  it('drops a weekday written in capitals as a newsletter’s rubric', () => {
    expect(datesOf('HAPPY FRIDAY — Send your tips to the desk.', [['FRIDAY', '2024-05-17']])).toEqual([]);
  });
});

describe('the day of a paper', () => {
  it('drops the day that names which paper', () => {
    expect(datesOf('The tabloid tweeted the cover of the next day’s paper with the mayor on it.', [['the next day', '2024-05-16']])).toEqual([]);
  });
});

describe('a lower-case date word capitalised inside a sentence is part of a name', () => {
  it.each([
    ['The network renewed Arrow and Legends of Tomorrow for another run.', 'Tomorrow', '2024-05-16'],
    ['Shoppers queued for the new Summer Breeze fragrance at the mall.', 'Summer', '2024-SU'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a list’s heading named by a near day is a rubric', () => {
  it('drops "Today:" opening a line', () => {
    expect(datesOf('Today: Everything the council must answer.', [['Today', '2024-05-15']])).toEqual([]);
  });
});

describe('a weekday that is a word of a name is no event', () => {
  it.each([
    ['The Sunday Times said the club had found a buyer.', 'Sunday', '2024-05-12'],
    ['The minister appeared on “Fox News Sunday” and defended the cuts.', 'Sunday', '2024-05-12'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});

describe('a group named after the day it rose', () => {
  it('drops the day inside "the March 9 Student Front"', () => {
    expect(datesOf('Police arrested two leaders of the March 9 Student Front outside the court.', [['March 9', '2024-03-09']])).toEqual([]);
  });
});

describe('a holiday or a month inside an owned title', () => {
  it('drops "Christmas" in "our annual Christmas Radio Appeal"', () => {
    expect(datesOf('The choir sang again for our annual Christmas Radio Appeal, the station said.', [['Christmas', '2023-12-25']])).toEqual([]);
  });
  it('drops "June" in "the first June Harbour Gala"', () => {
    expect(datesOf('Tickets sold out for the first June Harbour Gala within an hour.', [['June', '2024-06']])).toEqual([]);
  });
});

describe('a weekday before a programme names its weekly slot', () => {
  it.each([
    ['The host marks ten years of her Radio 5 Saturday show with a phone-in.', 'Saturday', '2024-05-11'],
    ['The sketch is also out as part of the Friday Night Satire podcast.', 'Friday Night', '2024-05-10T20:00'],
    ['Readers write in to his Tuesday column every week.', 'Tuesday', '2024-05-14'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});
