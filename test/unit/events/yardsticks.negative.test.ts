// Comparisons, names and generic dates that must NOT become events (session 20). Sentences are
// written for these tests; timexes are handmade so the rules are tested alone.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME' | 'DURATION') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('the base of a change is no event', () => {
  it('drops the month of a spelled-out figure a rate fell from', () => {
    expect(datesOf('The jobless rate slipped to 4.5 pct from five pct in February.', [['February', '2024-02']])).toEqual([]);
  });
  it('drops the year of the level a change told by its size starts from', () => {
    expect(datesOf('Traders see orders up by about 3 to 4 million bales this season from 40 million bales in 2019.', [['2019', '2019']])).toEqual([]);
  });
  it('drops the month a figure returns to "where it was"', () => {
    expect(datesOf('The rebound takes output back to where it was in March.', [['March', '2024-03']])).toEqual([]);
  });
  it('drops "this time last year" after "what it was"', () => {
    expect(datesOf('Bookings reached three times what they were at this time last year.', [['last year', '2023']])).toEqual([]);
  });
  it('drops the date of a multiple’s other side', () => {
    expect(datesOf('The new manual runs to 80 pages, twice the size of the old manual two years ago.', [['two years ago', '2022']])).toEqual([]);
  });
  it('drops the period the timex itself names as "the same month last year"', () => {
    expect(datesOf('Rice exports were barely above the same month last year.', [['the same month last year', '2023-05']])).toEqual([]);
  });
  it('drops the month of a peak named before it', () => {
    expect(datesOf('Hiring now sits just shy of its October 2023 peak.', [['October 2023', '2023-10']])).toEqual([]);
  });
  it('drops the year of a running total "year-to-date"', () => {
    expect(datesOf('Freight volumes were slightly up year-to-date in 2024.', [['2024', '2024']])).toEqual([]);
  });
});

describe('a yardstick is no event', () => {
  it('drops the year of a famous happening a new one is measured against', () => {
    expect(datesOf('The blaze may soon surpass the scale of the great Dunmore fire in 1911.', [['1911', '1911']])).toEqual([]);
  });
  it('drops the month an ordinal count reaches back to', () => {
    expect(datesOf('The vote was the council’s fourth try since January.', [['January', '2024-01']])).toEqual([]);
  });
  it('drops the length a count of times runs over', () => {
    expect(datesOf('Residents have heard such promises several times in the past decade.', [['the past decade', 'P10Y', 'DURATION']])).toEqual([]);
  });
  it('drops the year of a forecast given up for a new one', () => {
    expect(datesOf('The shortage, which was previously forecast to ease in 2027, has only worsened.', [['2027', '2027']])).toEqual([]);
  });
});

describe('a date that says which report, sum or thing is no event', () => {
  it('drops the quarter a report covers', () => {
    expect(datesOf('Markets shrugged off a weak retail report for Q3.', [['Q3', '2023-Q3']])).toEqual([]);
  });
  it('drops the year a sum is calculated for', () => {
    expect(datesOf('The insurer said the total owed for last year may still change.', [['last year', '2023']])).toEqual([]);
  });
  it('drops the period an average is expected for', () => {
    expect(datesOf('Sales were below the average expected for the rest of the year.', [['the year', '2024']])).toEqual([]);
  });
  it('drops the month naming a set of results', () => {
    expect(datesOf('Traders said the April results were softer than hoped.', [['April', '2024-04']])).toEqual([]);
  });
  it('drops the month after a thing’s "from"', () => {
    expect(datesOf('Fans packed the replayed fixture from March, which settled the title.', [['March', '2024-03']])).toEqual([]);
  });
  it('drops the day naming a band of attackers', () => {
    expect(datesOf('Prosecutors charged two more of the Aug. 3 raiders on Monday.', [['Aug. 3', '2023-08-03'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('drops a group named after a day written before its month', () => {
    expect(datesOf('Members of the 9th of April Youth marched on Monday.', [['9th of April', '2024-04-09'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
});

describe('a "today" of the present age is no event', () => {
  it('drops "today" after a thing described by its use, at the sentence’s start', () => {
    expect(datesOf('But the small batteries used today to run hearing aids will not last a week.', [['today', '2024-05-15']])).toEqual([]);
  });
  it('drops "today" after the problems faced by someone', () => {
    expect(datesOf('No single law can fix the troubles and problems faced by farmers today.', [['today', '2024-05-15']])).toEqual([]);
  });
  it('drops "a day like today"', () => {
    expect(datesOf('On a day like today, the crowd can make all the difference.', [['today', '2024-05-15']])).toEqual([]);
  });
});

describe('a span of years, a likeness, a holiday’s season and an era’s mood are no event', () => {
  it('drops a span of years naming a war, even after "during"', () => {
    expect(datesOf('Two officers were charged over abuses during the 1992-96 border war.', [['1992-96', '1992']])).toEqual([]);
  });
  it('drops the year of a likeness told as a clause', () => {
    expect(datesOf('The scare faded, like the comet panic turned out to be in 1910.', [['1910', '1910']])).toEqual([]);
  });
  it('drops a holiday after "post"', () => {
    expect(datesOf('Post Memorial Day, the pools fill up and the lifeguards are busy.', [['Memorial Day', '2024-05-27']])).toEqual([]);
  });
  it('drops a holiday moved past', () => {
    expect(datesOf('Once we move past Thanksgiving, shoppers grow restless.', [['Thanksgiving', '2023-11-23']])).toEqual([]);
  });
  it('drops the year naming a mood', () => {
    expect(datesOf('The film captures the anxious mood of 1974 in every frame.', [['1974', '1974']])).toEqual([]);
  });
});

describe('a yardstick whose far end is a happening named by its noun is no event', () => {
  it('drops the year of the earlier disaster a record is measured from', () => {
    expect(datesOf('The leak is now the worst chemical spill since the Rhine fire near Basel in 1986.', [['1986', '1986']])).toEqual([]);
  });
  it('drops the year after "of" naming the earlier happening', () => {
    expect(datesOf('It was the deadliest storm since the great flood of 1953, officials said on Monday.', [['1953', '1953'], ['Monday', '2024-05-13']])).toEqual(['Monday']);
  });
  it('drops the month after a ranking counted from a named event', () => {
    expect(datesOf('Copper had its biggest weekly gain since the mine strike in March.', [['March', '2024-03']])).toEqual([]);
  });
});
