import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Wire and business-news phrasings of issue 16, in sentences written for these tests.
type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  [
    "'the previous quarter' after a third quarter's figures is the second quarter",
    'Orchard Cannery said third-quarter profit rose to $9 million. Profit in the previous quarter was $7 million.',
    '2024-10-24', 'the previous quarter', { type: 'DATE', value: '2024-Q2' },
  ],
  [
    "'the preceding quarter' counts back from the quarter the story last named",
    'Deliveries in the fourth quarter of 2023 slipped, after a record in the preceding quarter.',
    '2024-02-02', 'the preceding quarter', { type: 'DATE', value: '2023-Q3' },
  ],
  [
    "'the following quarter' counts on from the quarter the story last named",
    'The ferry line lost money in the first quarter of 2022 and recovered in the following quarter.',
    '2024-05-10', 'the following quarter', { type: 'DATE', value: '2022-Q2' },
  ],
  [
    "'the year's end' is the end of the year of the story",
    'The insurer hopes to finish the merger by the year\u2019s end.',
    '2024-06-12', 'the year\u2019s end', { type: 'DATE', value: '2024', mod: 'END' },
  ],
  [
    "'year's end' without its article is the end of the year as well",
    "Bond yields should ease at year's end, the fund manager said.",
    '2024-06-12', "year's end", { type: 'DATE', value: '2024', mod: 'END' },
  ],
  [
    'a year spelled out at the start of a sentence is that year',
    'Nineteen eighty-seven brought the crash that wiped out the brokerage.',
    '1999-03-01', 'Nineteen eighty-seven', { type: 'DATE', value: '1987' },
  ],
  [
    'a year spelled out at the start of a quotation is that year',
    '\u201cEighteen ninety-two was the worst winter on record,\u201d the archivist said.',
    '1999-03-01', 'Eighteen ninety-two', { type: 'DATE', value: '1892' },
  ],
  [
    "'the September quarter' is the quarter that ends in September",
    'The miner posted record copper output in the September quarter.',
    '2024-10-30', 'the September quarter', { type: 'DATE', value: '2024-Q3' },
  ],
  [
    "'the March quarter' projected in February is the quarter under way",
    'The airline expects fuel costs to ease in the March quarter.',
    '2025-02-18', 'the March quarter', { type: 'DATE', value: '2025-Q1' },
  ],
  [
    "'the end of the decade' is publication's decade, at its end",
    'The utility wants to retire its last coal plant by the end of the decade.',
    '2024-05-02', 'the end of the decade', { type: 'DATE', value: '202', mod: 'END' },
  ],
  [
    "'the short run' is a vague future",
    'Tariffs may lift prices in the short run, the economist said.',
    '2024-05-02', 'the short run', { type: 'DATE', value: 'FUTURE_REF' },
  ],
  [
    "'the long run' is a vague future",
    'In the long run, the port expects volumes to recover.',
    '2024-05-02', 'the long run', { type: 'DATE', value: 'FUTURE_REF' },
  ],
  [
    "'a year ago' in a sentence naming profit, with no amount, is the reported quarter one year back",
    'Brandt Optics said third-quarter net income rose 9% to $5.3 million. Profit a year ago was cut by a recall.',
    '1989-10-24', 'a year ago', { type: 'DATE', value: '1988-Q3' },
  ],
  [
    "'a year earlier' after 'a year ago' in a results story is the same reported quarter, not a year before that",
    'Brandt Optics said third-quarter net income rose 9% to $5.3 million. Profit a year ago was cut by a recall. Orders were flat compared with a year earlier.',
    '1989-10-24', 'a year earlier', { type: 'DATE', value: '1988-Q3' },
  ],
  [
    "\"fiscal '89\" is 1989",
    "The toolmaker earned $1.10 a share in fiscal '89.",
    '1989-11-02', "fiscal '89", { type: 'DATE', value: '1989' },
  ],
  [
    "'FY89' in a story of 1989 is 1989, not 2089",
    'Its FY89 backlog stood at $40 million.',
    '1989-11-02', 'FY89', { type: 'DATE', value: '1989' },
  ],
  [
    "'its 1990 fiscal year' takes the noun in",
    'The toolmaker said its 1990 fiscal year began on a weak note.',
    '1989-11-02', '1990 fiscal year', { type: 'DATE', value: '1990' },
  ],
  [
    "'the period a year earlier' after third-quarter figures is that quarter one year back, as one span",
    'Kestrel Paper said third-quarter profit fell 15% to $31 million. Margins in the period a year earlier were wider.',
    '1989-10-24', 'the period a year earlier', { type: 'DATE', value: '1988-Q3' },
  ],
  [
    "'the quarter last year' is the reported quarter one year back",
    'Kestrel Paper said third-quarter profit fell 15% to $31 million, against $36 million in the quarter last year.',
    '1989-10-24', 'the quarter last year', { type: 'DATE', value: '1988-Q3' },
  ],
  [
    "'yr-ago' closing a wire bullet is the reported quarter one year back",
    '* Q3 net income 12 mln dollars vs 9 mln yr-ago * Sees higher margins',
    '2024-10-24', 'yr-ago', { type: 'DATE', value: '2023-Q3' },
  ],
  [
    "'yr-ago' before its noun is the reported quarter one year back",
    '* Harbor Rail Q3 profit 30 mln euros vs yr-ago loss 4 mln',
    '2024-10-24', 'yr-ago', { type: 'DATE', value: '2023-Q3' },
  ],
  [
    'a quarter projected by its tense is the quarter the story reports when it is that very quarter',
    '* Harbor Rail Q2 loss 8 mln euros. The railway said a weak second quarter would not hurt its outlook for the year.',
    '2024-07-25', 'second quarter', { type: 'DATE', value: '2024-Q2' },
  ],
  [
    'a month named later with a figure does not replace the quarter reported',
    'Harbor Rail posted first-quarter profit of 20 mln euros. Its rating was cut by 10 percent in April. Freight volume for the quarter rose.',
    '2024-05-14', 'the quarter', { type: 'DATE', value: '2024-Q1' },
  ],
  [
    "'would not comment Monday' in a Tuesday story is the Monday before: a refusal already made",
    'A spokeswoman for the refiner would not comment Monday on the talks.',
    '1989-11-07', 'Monday', { type: 'DATE', value: '1989-11-06' },
  ],
  [
    "'would not say Friday' is the Friday before",
    'The agency would not say Friday how many jobs were cut.',
    '1989-11-07', 'Friday', { type: 'DATE', value: '1989-11-03' },
  ],
  [
    "'fiscal-year' before a figure is the year of the story",
    'The toolmaker expects fiscal-year revenue of $80 million.',
    '1989-11-02', 'fiscal-year', { type: 'DATE', value: '1989' },
  ],
  [
    "'on the week' after a market move is the week of the story",
    'The index gained 40 points on the week, its third weekly gain.',
    '1989-11-10', 'the week', { type: 'DATE', value: '1989-W45' },
  ],
  [
    "'up 2% on the year' is the year of the story",
    'Copper is up 2% on the year, helped by a weak dollar.',
    '1989-11-10', 'the year', { type: 'DATE', value: '1989' },
  ],
  [
    'a streak of months in a sentence naming one month, reported on another day, is that month',
    'Factory orders fell 2.1 percent in February, the fifth straight month of declines, the ministry said on Thursday.',
    '2024-04-05', 'the fifth straight month', { type: 'DATE', value: '2024-02' },
  ],
  [
    "'the April-June quarter' is the second quarter, one span",
    'The brewer swung to a loss in the April-June quarter, it said on Tuesday.',
    '2024-07-30', 'the April-June quarter', { type: 'DATE', value: '2024-Q2' },
  ],
  [
    "'the October-December period' is the fourth quarter",
    'Exports fell 3 percent in the October-December period from a year earlier.',
    '2025-02-10', 'the October-December period', { type: 'DATE', value: '2024-Q4' },
  ],
  [
    "'recent quarters' is a vague past",
    'The dividend is in line with recent quarters, the brewer said.',
    '2024-07-30', 'recent quarters', { type: 'DATE', value: 'PAST_REF' },
  ],
  [
    "'through at least 2026' is a bound on a date, the year",
    'The central bank said borrowing costs would stay high through at least 2026.',
    '2024-07-30', '2026', { type: 'DATE', value: '2026' },
  ],
];

describe('business wire phrasings', () => {
  for (const [name, sentence, published, words, expected] of cases) {
    it(name, () => {
      expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
    });
  }
});

describe('months named as the period of figures to come', () => {
  it("'will publish January figures' in February is the January just ended", () => {
    expect(tagged('The statistics office will publish January figures for exports on Feb. 27.', '2025-02-11', 'January')).toEqual({ text: 'January', type: 'DATE', value: '2025-01' });
  });

  it("'December sales are expected' in January is the December just ended", () => {
    expect(tagged('December sales at the chain are expected to top forecasts.', '2025-01-06', 'December')).toEqual({ text: 'December', type: 'DATE', value: '2024-12' });
  });
});
