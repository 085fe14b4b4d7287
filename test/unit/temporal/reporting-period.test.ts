import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A results story reports figures for one period; its comparisons and anaphors refer to that
// period (issue 16). Sentences are written for these tests. Tuesday 2024-10-22 unless stated.
const TUE = '2024-10-22';

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
