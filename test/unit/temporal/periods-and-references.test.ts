import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// Fiscal years, vague references, definite periods, parts of a day and spelled-out years, with
// TimeML (TIMEX3) values (issue 16). Sentences are written for these tests.
const TUE = '2024-10-22';
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const fiscal: Case[] = [
  ["'fiscal 2023' is the year 2023", 'The retailer lost $40 million in fiscal 2023.', TUE, 'fiscal 2023', { type: 'DATE', value: '2023' }],
  ["'FY25' is the year 2025", 'Guidance for FY25 was left unchanged.', TUE, 'FY25', { type: 'DATE', value: '2025' }],
  ["'the current fiscal year' is publication's year", 'Capital spending will rise in the current fiscal year.', TUE, 'the current fiscal year', { type: 'DATE', value: '2024' }],
  ["'last fiscal year' is the year before publication", 'Orders dipped last fiscal year.', TUE, 'last fiscal year', { type: 'DATE', value: '2023' }],
];

const vague: Case[] = [
  ["a title-case headline keeps its 'Now'", 'Harbour Board Now Backs The Dredging Plan', TUE, 'Now', { type: 'DATE', value: 'PRESENT_REF' }],
  ["'Now' opening a sentence after a name's sentence stays a reference", 'The ferry is gone. Now the island waits.', TUE, 'Now', { type: 'DATE', value: 'PRESENT_REF' }],
  ["'recent months' is a stretch of unknown months", 'Tourism has picked up in recent months.', TUE, 'recent months', { type: 'DURATION', value: 'PXM' }],
  ["'in recent years' is a vague past", 'The harbour has silted up in recent years.', TUE, 'recent years', { type: 'DATE', value: 'PAST_REF' }],
  ["'the past few months' is a vague past", 'Rents climbed over the past few months.', TUE, 'the past few months', { type: 'DATE', value: 'PAST_REF' }],
  ["'the coming months' is a vague future", 'More store closures are likely in the coming months.', TUE, 'the coming months', { type: 'DATE', value: 'FUTURE_REF' }],
  ["'a few years ago' in 2024 is a year of the 2020s", 'A few years ago the port handled half as much cargo.', TUE, 'A few years ago', { type: 'DATE', value: '202X' }],
  ["'several years ago' in 2002 is a year of the 1990s", 'Several years ago the mill employed 900 people.', '2002-05-14', 'Several years ago', { type: 'DATE', value: '199X' }],
];

const yearless: Case[] = [
  ["a past month later in the year than publication is last year's", 'Exports slumped in November.', '2024-03-10', 'November', { type: 'DATE', value: '2023-11' }],
  ["a past day of a later month is last year's", 'The strike ended on November 14.', '2024-03-10', 'November 14', { type: 'DATE', value: '2023-11-14' }],
];

const definite: Case[] = [
  ["'the full year' is the year the story is about", 'Results for the full year will be published in March.', TUE, 'the full year', { type: 'DATE', value: '2024' }],
  ["'full-year' before a figure after fourth-quarter results is the year reported", 'Fourth-quarter sales fell 3%. Full-year profit reached $2 billion.', '2024-02-20', 'Full-year', { type: 'DATE', value: '2023' }],
  ["'year-end' is the end of the year", 'The bank aims to cut 500 jobs by year-end.', TUE, 'year-end', { type: 'DATE', value: '2024', mod: 'END' }],
  ["'during the week' is the week of publication", 'Shares lost ground during the week.', '2024-10-18', 'the week', { type: 'DATE', value: '2024-W42' }],
  ["'The week' as the subject of its verb is publication's week", 'The week saw heavy selling in bank shares.', '2024-10-18', 'The week', { type: 'DATE', value: '2024-W42' }],
  ["'The year' as the subject after a named year is that year", 'Sales collapsed in 2009. The year was the worst on record.', TUE, 'The year', { type: 'DATE', value: '2009' }],
  ["'the month prior' after August is July", 'Prices rose 0.4% in August, after a 0.2% gain the month prior.', TUE, 'the month prior', { type: 'DATE', value: '2024-07' }],
  ["'the year before' after 2022 is 2021", 'Output reached three million cars in 2022, up from 2.5 million the year before.', TUE, 'the year before', { type: 'DATE', value: '2021' }],
];

const bareDays: Case[] = [
  ["'on the 15th' in a past report later in the month than publication is last month's", 'The plant shut on the 28th.', '2024-10-03', 'the 28th', { type: 'DATE', value: '2024-09-28' }],
  ["'on the 2nd' in a plan earlier in the month than publication is next month's", 'Payment is due on the 2nd.', TUE, 'the 2nd', { type: 'DATE', value: '2024-11-02' }],
  ["'on the 15th' in a past report before publication's day is this month's", 'The deal closed on the 15th.', TUE, 'the 15th', { type: 'DATE', value: '2024-10-15' }],
];

const named: Case[] = [
  ["'the September 11th terrorist attacks' are the 2001 attacks", 'It was the worst fall since the September 11th terrorist attacks.', TUE, 'September 11th', { type: 'DATE', value: '2001-09-11' }],
];

const rates: Case[] = [
  ["'an hour' after a wage is a rate per hour", 'Cleaners earn $10.50 an hour.', TUE, 'an hour', { type: 'SET', value: 'PT1H' }],
];

const dayParts: Case[] = [
  ["'overnight' in a past report is the night before publication", 'Asian markets slid overnight.', TUE, 'overnight', { type: 'TIME', value: '2024-10-21TNI' }],
  ["'overnight' in a plan is the coming night", 'Crews will work overnight to clear the line.', TUE, 'overnight', { type: 'TIME', value: '2024-10-22TNI' }],
  ["'mid afternoon' is the afternoon of the story's day", 'Trading was halted in mid afternoon.', TUE, 'mid afternoon', { type: 'TIME', value: '2024-10-22TAF' }],
  ["'late morning' after a named day is that day's morning", 'The ferry sank on Saturday. Rescuers arrived in late morning.', TUE, 'late morning', { type: 'TIME', value: '2024-10-19TMO' }],
];

const spelled: Case[] = [
  ["'nineteen eighty-four' is 1984", 'The mill closed in nineteen eighty-four.', TUE, 'nineteen eighty-four', { type: 'DATE', value: '1984' }],
  ["'the year two thousand' is 2000", 'The bridge was meant to stand until the year two thousand.', TUE, 'the year two thousand', { type: 'DATE', value: '2000' }],
  ["'two thousand and eight' is 2008", 'Nothing has changed since two thousand and eight.', TUE, 'two thousand and eight', { type: 'DATE', value: '2008' }],
];

describe('tagTimexes: periods and references', () => {
  it.each([...fiscal, ...vague, ...yearless, ...bareDays, ...definite, ...named, ...rates, ...dayParts, ...spelled])('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: "this calendar year", "next calendar year"', () => {
  it('are the year of publication and the one after, as "this year" and "next year" are', () => {
    expect(values('Exports should grow this calendar year and slow next calendar year.', '1987-05-06')).toEqual([
      ['this calendar year', '1987'],
      ['next calendar year', '1988'],
    ]);
  });
});
