import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// A results story reports figures for one period; its comparisons and anaphors refer to that
// period (issue 16). Sentences are written for these tests. Tuesday 2024-10-22 unless stated.
const TUE = '2024-10-22';
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  ["'a year ago' beside a third quarter's figures is that quarter one year back", 'Net profit for the third quarter climbed 8% to $12.4 million, against $11.5 million a year ago.', TUE, 'a year ago', { type: 'DATE', value: '2023-Q3' }],
  ["'a year earlier' beside a half-year's figures is that half one year back", 'Revenue in the second half rose to 40 million euros from 35 million euros a year earlier.', '2025-02-20', 'a year earlier', { type: 'DATE', value: '2023-H2' }],
  ["'the year-earlier quarter' in the next sentence is the reported quarter one year back", 'Same-store sales in the third quarter fell 2.1%. That compares with a 1.5% gain in the year-earlier quarter.', TUE, 'the year-earlier quarter', { type: 'DATE', value: '2023-Q3' }],
  ["'year-ago' before a figure is the reported quarter one year back", 'Third-quarter earnings at the lender reached $2.1 billion, above year-ago levels of $1.9 billion.', TUE, 'year-ago', { type: 'DATE', value: '2023-Q3' }],
  ["'the corresponding period last year' is the reported quarter one year back", 'Operating income for the third quarter reached $3 billion, up 9% on the corresponding period last year.', TUE, 'the corresponding period last year', { type: 'DATE', value: '2023-Q3' }],
  ["'the quarter' after the reported quarter is that quarter", 'The brewer sold barrels worth $4.2 million in the third quarter. Costs for the quarter rose 5%.', TUE, 'the quarter', { type: 'DATE', value: '2024-Q3' }],
  ["'the latest quarter' is the reported quarter", 'Third-quarter earnings at the lender reached $2.1 billion. Loan losses in the latest quarter were $300 million.', TUE, 'the latest quarter', { type: 'DATE', value: '2024-Q3' }],
  ["'the period' is the reported half", 'Sales for the first half rose 6% to $900 million. Margins narrowed over the period.', '2024-08-01', 'the period', { type: 'DATE', value: '2024-H1' }],
  ["'a year ago' beside a month's figures is that month one year back", 'Home sales in September dropped 12% compared with a year ago.', '2024-10-15', 'a year ago', { type: 'DATE', value: '2023-09' }],
  ["'the same period a year ago' beside a month's figures is that month one year back", 'Sales for September were down 30 per cent compared to the same period a year ago.', '2024-10-15', 'the same period a year ago', { type: 'DATE', value: '2023-09' }],
  ["'for the year' after fourth-quarter results in February is the year just reported", 'Fourth-quarter profit doubled to $80 million. For the year, profit rose 12% to $2 billion.', '2024-02-20', 'the year', { type: 'DATE', value: '2023' }],
  ["'the 2023 period' after third-quarter figures is the third quarter of 2023", 'Net income in the third quarter fell to $3 million from $4 million in the 2023 period.', TUE, 'the 2023 period', { type: 'DATE', value: '2023-Q3' }],
  ["'the comparable period' after third-quarter figures is that quarter one year back", 'Operating profit for the third quarter was $8 million. Sales were flat against the comparable period.', TUE, 'the comparable period', { type: 'DATE', value: '2023-Q3' }],
  ["'the 2023 third quarter' is that quarter of 2023", 'Results for the 2023 third quarter included a $5 million charge.', TUE, 'the 2023 third quarter', { type: 'DATE', value: '2023-Q3' }],
  ["'the fiscal first quarter' projected in October is next year's first quarter", 'The chain expects a loss in the fiscal first quarter.', TUE, 'the fiscal first quarter', { type: 'DATE', value: '2025-Q1' }],
  ["'last year's third quarter' is the third quarter one year before publication's", 'Net rose to $5 million from $4 million in last year\u2019s third quarter.', TUE, 'last year\u2019s third quarter', { type: 'DATE', value: '2023-Q3' }],
  ["'the prior-year quarter' after a quarter named for its results is that quarter one year back", 'The grocer will post third-quarter results on Thursday. Revenue fell 3% from the prior-year quarter.', TUE, 'the prior-year quarter', { type: 'DATE', value: '2023-Q3' }],
  ["'The quarter' as the subject after a reported quarter is that quarter", 'Net income for the third quarter rose 6% to $80 million. The quarter included a $5 million charge.', TUE, 'The quarter', { type: 'DATE', value: '2024-Q3' }],
  ["'the same quarter last year' with no quarter named is the quarter of the story's date a year back, not a whole year", 'Freight volumes rose 4% from the same quarter last year.', TUE, 'the same quarter last year', { type: 'DATE', value: '2023-Q4' }],
  ["'the same month a year ago' after a day is that day's month a year back", 'Exports slipped on Monday, 2% below the same month a year ago.', TUE, 'the same month a year ago', { type: 'DATE', value: '2023-10' }],
  ["'the year-ago quarter' with no quarter named is four quarters back, not one", 'Bookings topped the year-ago quarter.', TUE, 'the year-ago quarter', { type: 'DATE', value: '2023-Q4' }],
  ["'the year-earlier month' with no month named is the story's month a year back", 'Orders beat the year-earlier month.', TUE, 'the year-earlier month', { type: 'DATE', value: '2023-10' }],
  ["'fell 8% in the quarter to $3 million' with no quarter named, in the reporting weeks, is the quarter just ended", 'Operating profit fell 8% in the quarter to $3 million.', TUE, 'the quarter', { type: 'DATE', value: '2024-Q3' }],
  ["'in the quarter' of a forecast is still the current quarter", 'Shipments in the quarter are expected to climb 4%.', TUE, 'the quarter', { type: 'DATE', value: '2024-Q4' }],
  ["'the latest quarter' after a forecast for the next quarter is still the reported one", 'Third-quarter sales at the miller rose 5% to $410 million. It expects fourth-quarter sales to slip. Margins in the latest quarter held at 9%.', TUE, 'the latest quarter', { type: 'DATE', value: '2024-Q3' }],
  ["'a year earlier' after a forecast for next quarter compares the reported quarter", 'Net income in the third quarter rose to $6 million. The firm forecast fourth-quarter profit of $7 million. Sales were 3% higher than a year earlier.', TUE, 'a year earlier', { type: 'DATE', value: '2023-Q3' }],
  // (the ordinal is the quarter's place in the fiscal year, kept as the words name it, in the
  // year of the day it ended: TIMEX3 values what is written, as the hand-annotated Reuters
  // splits do; 'the quarter ended Aug. 31' names no place and stays the calendar's)
  ["a fiscal quarter named with the day it ended keeps its place in the fiscal year, in that day's year", 'Net sales for the fiscal second quarter, ended Aug. 31, climbed 7% to $96 million.', TUE, 'the fiscal second quarter', { type: 'DATE', value: '2024-Q2' }],
  ["'the year-earlier period' after a fiscal quarter ended on a day is that quarter a year back", 'Profit for its fiscal second quarter, which ended Aug. 31, rose to $9 million. In the year-earlier period it earned $7 million.', TUE, 'the year-earlier period', { type: 'DATE', value: '2023-Q2' }],
  ["'the week ended' a day of weekly statistics is that day's week", 'Rail carloads in the week ended Oct. 12 slipped 1.4%.', TUE, 'the week', { type: 'DATE', value: '2024-W41' }],
  ["'the month ended' a day is that day's month", 'Deposits grew 2% in the month ended Sept. 30.', TUE, 'the month', { type: 'DATE', value: '2024-09' }],
  ["'the period's' after a reported half is that half", 'First-half revenue climbed 4% to $1.2 billion. Analysts welcomed the period\u2019s margins.', '2024-08-01', 'the period', { type: 'DATE', value: '2024-H1' }],
];

describe('tagTimexes: the reporting period of a results story', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: the reported quarter and year in results copy', () => {
  it('"in the quarter to 41 mln dlrs" is the quarter reported, "to" leading to an amount in the wire\'s units', () => {
    const text = 'Midland Trust said second quarter net rose to 12.1 mln dlrs from 10.2 mln. Its provisions fell in the quarter to 41 mln dlrs.';
    expect(values(text, '1987-07-16')).toEqual([['second quarter', '1987-Q2'], ['the quarter', '1987-Q2']]);
  });

  it('"the full year\'s profit" is the full year, its possessive outside the span', () => {
    const text = 'Harbor Mills said second quarter net fell to 3.2 mln dlrs and that the strike could take 12 mln dlrs off the full year\'s profit.';
    expect(values(text, '1987-07-16').find(([words]) => words === 'the full year')).toEqual(['the full year', '1987']);
  });

  it('"1985\'s initial quarter" is the first quarter of 1985', () => {
    expect(values('Net was 2.1 mln dlrs, against 1.8 mln in 1985\'s initial quarter.', '1986-04-22')).toEqual([["1985's initial quarter", '1985-Q1']]);
  });
});

describe('tagTimexes: a month of the quarter its sentence named', () => {
  it('"during May" after "warned it will post a loss for the second quarter" is May of that quarter, not next year\'s', () => {
    const text = 'The brokerage warned it will post a loss for the second quarter due to heavy trading losses during May.';
    expect(values(text, '1987-06-24')).toEqual([['the second quarter', '1987-Q2'], ['May', '1987-05']]);
  });
});

describe('tagTimexes: a results period named again with its article', () => {
  it('"in the nine months", "the three month period", "the five-month period" are one span with "the" (and "period")', () => {
    expect(tagTimexes('Earnings per share rose in the nine months and fell in the three month period.', '1987-06-02').map((t) => [t.text, t.type, t.value])).toEqual([
      ['the nine months', 'DURATION', 'P9M'],
      ['the three month period', 'DURATION', 'P3M'],
    ]);
    expect(values('Group profit in the five-month period is put at 12 billion yen.', '1987-06-02')).toEqual([['the five-month period', 'P5M']]);
  });
});

describe('tagTimexes: the quarter a results story reports, named again', () => {
  it('"within the quarter" and "at the end of the quarter" told in the past are the quarter reported', () => {
    expect(values('Shell Canada said second quarter profit rose 9 pct to 61 mln dlrs.\nRefining margins narrowed within the quarter and were lower than a year ago at the end of the quarter.', '1987-07-24')).toEqual([
      ['second quarter', '1987-Q2'],
      ['the quarter', '1987-Q2'],
      ['a year ago', '1986-Q2'],
      ['the end of the quarter', '1987-Q2'],
    ]);
  });
});

describe('tagTimexes: "for the year" beside a year its sentence states figures for', () => {
  it('is that year, not the month of a sale the story named before', () => {
    const story =
      'The railway sold its hotel chain for 210 mln dlrs in February, 1987.\n' +
      'It wrote down 95 mln dlrs of assets in 1986, producing a net loss of 40 mln dlrs for the year.';
    expect(values(story, '1987-04-02')).toEqual([
      ['February, 1987', '1987-02'],
      ['1986', '1986'],
      ['the year', '1986'],
    ]);
  });
});

describe('tagTimexes: a results story\'s period named after the lead compares with it', () => {
  it('a streak and "a year earlier" in the lead are the quarter the story names next, and a year back', () => {
    const story =
      'Coast Savings said it posted record profits for the sixth consecutive quarter, with net rising to 22.4 mln dlrs from 19.1 mln dlrs a year earlier.\n' +
      'Deposits grew to 4.2 billion dlrs in the latest quarter, up from 3.8 billion dlrs a year earlier.';
    expect(values(story, '1987-04-24')).toEqual([
      ['the sixth consecutive quarter', '1987-Q1'],
      ['a year earlier', '1986-Q1'],
      ['the latest quarter', '1987-Q1'],
      ['a year earlier', '1986-Q1'],
    ]);
  });
});

describe('tagTimexes: "the year" told in the past is no later than publication\'s', () => {
  it('after a release due next January, "for the year ... reported" is this year', () => {
    expect(values('Audited figures will be published in February. For the year, the group reported a loss of 3 mln dlrs.', '1987-11-10')).toEqual([
      ['February', '1988-02'],
      ['the year', '1987'],
    ]);
  });
});
