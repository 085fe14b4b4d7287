import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// How 1980s wire copy writes figures and dates ("pct", "mln dlrs", "1ST QTR", "December last
// year"), on sentences written for these tests in that style (no corpus text). Found on the
// Reuters split of timeml-news (reuters/dev).
type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  [
    "'a year earlier' beside a month's figures in 'pct' is that month a year back",
    'Retail sales fell 2.3 pct in October from a year earlier, the statistics office said.',
    '1988-11-20', 'a year earlier', { type: 'DATE', value: '1987-10' },
  ],
  [
    "'a year ago' beside figures in 'mln dlrs' is the reported month a year back",
    'Machine tool orders totalled 310 mln dlrs in August, against 265 mln dlrs a year ago.',
    '1988-09-27', 'a year ago', { type: 'DATE', value: '1987-08' },
  ],
  [
    "a spelled-out 'one pct' is a figure too",
    'Wholesale prices rose in May. The May index was up one pct from a year earlier.',
    '1988-06-14', 'a year earlier', { type: 'DATE', value: '1987-05' },
  ],
  [
    "'the month' beside figures is the month reported, not the comparison month named after it",
    'Passenger traffic rose 12 pct in June from 9 pct in the same month last year. Cargo for the month was up four pct.',
    '1988-07-05', 'the month', { type: 'DATE', value: '1988-06' },
  ],
  [
    "'the year earlier' closing a comparison of a quarter's figures is that quarter a year back",
    'The chain earned 3.2 mln dlrs in the second quarter, against a loss of 1.1 mln dlrs the year earlier.',
    '1988-08-02', 'the year earlier', { type: 'DATE', value: '1987-Q2' },
  ],
  [
    "a headline's '3RD QTR' is the third quarter",
    'ACME FOODS 3RD QTR NET UP SHARPLY',
    '1988-10-20', '3RD QTR', { type: 'DATE', value: '1988-Q3' },
  ],
  [
    "a headline's 'SECOND QTR' is the second quarter",
    'HARBOR MILLS SEES SECOND QTR LOSS',
    '1988-05-03', 'SECOND QTR', { type: 'DATE', value: '1988-Q2' },
  ],
  [
    "'November last year' is one date, the month in that year",
    'Steel output peaked in November last year and has eased since.',
    '1988-03-09', 'November last year', { type: 'DATE', value: '1987-11' },
  ],
  [
    "'late June this year' keeps its modifier",
    'The smelter is due to restart in late June this year, the company said.',
    '1988-03-09', 'late June this year', { type: 'DATE', value: '1988-06', mod: 'END' },
  ],
  [
    "'Oct. 14 next year' is the day in that year",
    'The new terminal opens on Oct. 14 next year.',
    '1988-03-09', 'Oct. 14 next year', { type: 'DATE', value: '1989-10-14' },
  ],
  [
    "'August' between two months of a list is a month",
    'The ratio reached that level in May, August and October.',
    '1988-12-02', 'August', { type: 'DATE', value: '1988-08' },
  ],
  [
    "'October' after 'May and' keeps the clause's past: a capitalised 'May' is no modal",
    'Prices peaked in May and October.',
    '1988-12-02', 'October', { type: 'DATE', value: '1988-10' },
  ],
  [
    "'the company's fiscal year ended' a day is the year of that day",
    "Before the merger, the utility's fiscal year ended June 30, 1984.",
    '1987-03-10', 'fiscal year', { type: 'DATE', value: '1984' },
  ],
  [
    "the wire's 'end-1986' is the year with its end",
    'The hotel fetched 4 mln stg more than its end-1986 book value.',
    '1987-03-30', 'end-1986', { type: 'DATE', value: '1986', mod: 'END' },
  ],
  [
    "the wire's 'end-June' is the month with its end",
    'Reserves had fallen to 3.2 billion dlrs by end-June, the central bank said.',
    '1988-08-04', 'end-June', { type: 'DATE', value: '1988-06', mod: 'END' },
  ],
  [
    "'12 pct a month' is a rate per month",
    'Consumer prices have been climbing at about 12 pct a month.',
    '1987-03-06', 'a month', { type: 'SET', value: 'P1M' },
  ],
  [
    "'the fiscal year' whose outcome will be known is the one under way",
    'For the year ended Sept. 30, 1986, the lessor earned 9.1 mln dlrs. The result for the fiscal year will depend on the sale of its trucking unit.',
    '1987-03-02', 'the fiscal year', { type: 'DATE', value: '1987' },
  ],
  [
    "'last July 17' is the day of last year's July",
    'The steelmaker filed for Chapter 11 protection last July 17.',
    '1987-04-09', 'last July 17', { type: 'DATE', value: '1986-07-17' },
  ],
  [
    "'1985's net' is the year 1985",
    "This year's net includes a gain of 4.7 mln dlrs; 1985's net included a charge.",
    '1987-03-27', '1985', { type: 'DATE', value: '1985' },
  ],
  [
    "'through the day' is the day of the story",
    'The dollar held little changed against the mark through the day, dealers said.',
    '1987-03-27', 'the day', { type: 'DATE', value: '1987-03-27' },
  ],
  [
    "'1986's third quarter' is one date, that year's quarter",
    "The chipmaker earned 2.7 mln dlrs in 1986's third quarter, the company said.",
    '1987-03-13', "1986's third quarter", { type: 'DATE', value: '1986-Q3' },
  ],
  [
    "'too early in the year to' judge is the year, the 'to' leading to a verb",
    'Growers said it was still too early in the year to judge the size of the harvest.',
    '1988-02-18', 'the year', { type: 'DATE', value: '1988' },
  ],
  [
    "'last year's' figure set against a quarter's is that quarter a year back",
    'Second quarter sales rose to 44.6 mln dlrs from last year\'s 41.3 mln dlrs, the chain said.',
    '1988-07-20', 'last year', { type: 'DATE', value: '1987-Q2' },
  ],
  [
    "a quarter after an attribution set off by commas takes the tense of its own clause",
    'Because of the price cuts, the company said, third quarter margins will be thinner.',
    '1988-08-04', 'third quarter', { type: 'DATE', value: '1988-Q3' },
  ],
  [
    "'December 17 last year' keeps its year after a narrative of an earlier year",
    'The frigate was launched in 1986. Its captain died aboard her on December 17 last year.',
    '1988-05-02', 'December 17 last year', { type: 'DATE', value: '1987-12-17' },
  ],
  [
    "a commodity deal's 'for April/May shipment' names months ahead of the deal",
    'Egypt bought 50,000 tonnes of flour yesterday for April/May shipment, exporters said.',
    '1988-02-10', 'May', { type: 'DATE', value: '1988-05' },
  ],
  [
    "'sold ... for March delivery' is the coming March",
    'The cooperative sold 20,000 tonnes of maize for March delivery, traders said.',
    '1988-02-10', 'March', { type: 'DATE', value: '1988-03' },
  ],
];

describe('wire copy of the 1980s', () => {
  it.each(cases)('%s', (_name, sentence, published, words, want) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...want });
  });
});

describe('reported speech without "that" before a period naming figures', () => {
  it.each([
    ["'said fourth-quarter earnings will be' is the quarter ahead", 'The airline said fourth-quarter earnings will be hurt by the pilots\' strike.', '1989-10-24', 'fourth-quarter', '1989-Q4'],
    ["'said January sales would be' is the coming January", 'Retailers said January sales would be weak after the holiday season.', '1989-11-14', 'January', '1990-01'],
    ["'said third-quarter net income fell' stays the quarter just ended", 'The utility said third-quarter net income fell 5% on milder weather.', '1989-10-24', 'third-quarter', '1989-Q3'],
  ])('%s', (_name, sentence, published, words, value) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, type: 'DATE', value });
  });
});

describe("'the year' beside figures", () => {
  it('is the year of the period reported, not an older year a paragraph named last', () => {
    const story = 'The driller reported fourth quarter net income of 1.2 mln dlrs. For the fiscal year ended June 30, 1985, it had earned 3.1 mln dlrs. Its gas reserves during the year fell to 41.2 billion cubic feet.';
    expect(tagTimexes(story, '1987-01-26').map((t) => [t.text, t.value])).toEqual([
      ['fourth quarter', '1986-Q4'],
      ['the fiscal year', '1985'],
      ['June 30, 1985', '1985-06-30'],
      ['the year', '1986'],
    ]);
  });
});

describe('a period whose figures are still to come', () => {
  it("is not the reported period a later 'the year earlier' compares", () => {
    const story = 'Examiners said the review will result in a first quarter charge of 9.2 mln dlrs. The bank said its net loss for the fourth quarter was 3.1 mln dlrs, against a loss of 1.4 mln dlrs the year earlier.';
    expect(tagged(story, '1988-03-22', 'the year earlier')).toEqual({ text: 'the year earlier', type: 'DATE', value: '1986-Q4' });
  });
});

describe('a record counted from a date long past', () => {
  it("does not move a later month into the record's year", () => {
    const story = 'Exports fell 4 pct in May, the steepest drop since a 6.2 pct fall in November 1975. In June shipments recovered.';
    expect(tagged(story, '1988-07-28', 'June')).toEqual({ text: 'June', type: 'DATE', value: '1988-06' });
  });

  it('keeps the record date itself as written', () => {
    const story = 'Exports fell 4 pct in May, the steepest drop since a 6.2 pct fall in November 1975.';
    expect(tagged(story, '1988-07-28', 'November 1975')).toEqual({ text: 'November 1975', type: 'DATE', value: '1975-11' });
  });
});
