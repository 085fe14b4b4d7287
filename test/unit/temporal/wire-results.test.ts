import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Results-story and wire phrasings of issue 16 probed on sentences written in the style of
// 1980s-90s wire and business news (written for these tests; no corpus text).
type Case = [string, string, string, string, { type: string; value: string; mod?: string }];

const cases: Case[] = [
  [
    "'the quarter ended June 30' is the quarter holding that day",
    'Earnings for the quarter ended June 30 climbed to $3.1 million from $2.4 million.',
    '1991-07-23', 'the quarter', { type: 'DATE', value: '1991-Q2' },
  ],
  [
    "'the quarter ending March 31' in a forecast is the quarter holding that day",
    'The retailer expects a small loss for the quarter ending March 31.',
    '1992-02-05', 'the quarter', { type: 'DATE', value: '1992-Q1' },
  ],
  [
    "'the fiscal year ended Aug. 31' is the year it ended in",
    'For the fiscal year ended Aug. 31, the grain shipper earned $19 million.',
    '1990-11-08', 'the fiscal year', { type: 'DATE', value: '1990' },
  ],
  [
    "'its fiscal year ending Sept. 30' is the year of that day",
    'The defense contractor said orders would fall in its fiscal year ending Sept. 30.',
    '1991-03-19', 'fiscal year', { type: 'DATE', value: '1991' },
  ],
  [
    "'the period' after 'the quarter ended' a day is that quarter",
    'Net sales for the quarter ended Dec. 31 rose 6% to $88 million. Margins in the period narrowed.',
    '1990-01-30', 'the period', { type: 'DATE', value: '1989-Q4' },
  ],
  [
    "'last year's quarter' in a January story of fourth-quarter results is the fourth quarter a year back",
    'The lumber company lost $2 million in the fourth quarter, compared with a profit of $1.5 million in last year\u2019s quarter.',
    '1991-01-24', 'last year\u2019s quarter', { type: 'DATE', value: '1989-Q4' },
  ],
  [
    "'last year's period' is the reported period a year back",
    'First-half sales rose 4% to 1.2 billion marks, against 1.15 billion marks in last year\'s period.',
    '1990-08-29', "last year's period", { type: 'DATE', value: '1989-H1' },
  ],
  [
    "'last year's fourth quarter' beside fourth-quarter results reported in February is a year before them",
    'Fourth-quarter net income was $7 million, up from $5 million in last year\'s fourth quarter.',
    '1993-02-09', "last year's fourth quarter", { type: 'DATE', value: '1991-Q4' },
  ],
  [
    "'last year's second quarter' beside third-quarter results keeps its own year",
    'Third-quarter profit was $4 million, after $6 million in last year\'s second quarter.',
    '1993-10-19', "last year's second quarter", { type: 'DATE', value: '1992-Q2' },
  ],
  [
    "'the third quarter last year' is that quarter of the year before, one span",
    'The railcar maker said third-quarter profit doubled to $6 million from $3 million in the third quarter last year.',
    '1992-10-27', 'the third quarter last year', { type: 'DATE', value: '1991-Q3' },
  ],
  [
    "'the fourth quarter last year' beside fourth-quarter results told in January is a year before them",
    'The insurer lost $14 million in the fourth quarter, against a profit of $2 million in the fourth quarter last year.',
    '1993-01-28', 'the fourth quarter last year', { type: 'DATE', value: '1991-Q4' },
  ],
  [
    "'the year-before quarter' is the reported quarter a year back",
    'The refiner said second-quarter operating profit was $31 million, compared with $27 million in the year-before quarter.',
    '1992-07-21', 'the year-before quarter', { type: 'DATE', value: '1991-Q2' },
  ],
  [
    "'the prior year's quarter' is the reported quarter a year back",
    'Second-quarter net fell 11% to $8 million from $9 million in the prior year\'s quarter.',
    '1992-07-21', "the prior year's quarter", { type: 'DATE', value: '1991-Q2' },
  ],
  [
    "'the previous year's second quarter' is that quarter of the year before",
    'Sales of $230 million compared with $219 million in the previous year\'s second quarter.',
    '1992-07-21', "the previous year's second quarter", { type: 'DATE', value: '1991-Q2' },
  ],
];

describe('results-story periods named by the day they ended and by last year', () => {
  for (const [name, sentence, published, words, expected] of cases) {
    it(name, () => {
      expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
    });
  }
});

describe('vague futures written as a stretch ahead', () => {
  it.each([
    ['the months ahead', 'Lenders expect more defaults in the months ahead.'],
    ['the weeks ahead', 'The Fed could ease credit again in the weeks ahead.'],
    ['the years ahead', 'Airline traffic across the Pacific should double in the years ahead.'],
    ['the months to come', 'Analysts see further price cuts in the months to come.'],
    ['the years to come', 'The pipeline will carry Alaskan crude for the years to come.'],
  ])("'%s' is a vague future", (words, sentence) => {
    expect(tagged(sentence, '1992-06-16', words)).toEqual({ text: words, type: 'DATE', value: 'FUTURE_REF' });
  });
});

describe('plans reported in the past lie after publication', () => {
  it.each([
    ['said it would shut the smelter in July', 'The aluminum maker said it would shut the smelter in July.', 'July', '1991-07'],
    ['told reporters he would step down in April', 'The chairman told reporters he would step down in April.', 'April', '1991-04'],
    ['announced it would begin service by October', 'The carrier announced it would begin service to Osaka by October.', 'October', '1991-10'],
    ['said Monday the bank would open branches in June', 'A spokesman said Monday the bank would open two branches in June.', 'June', '1991-06'],
  ])("'%s' in March is this year's month", (_name, sentence, words, value) => {
    expect(tagged(sentence, '1991-03-12', words)).toEqual({ text: words, type: 'DATE', value });
  });
});

describe('the half, the week and overnight in wire copy', () => {
  it("'the half' after first-half figures is that half", () => {
    expect(tagged('Textile maker Coats Viyella said first-half profit fell 12% to 30 million pounds. Exports in the half were flat.', '1992-09-08', 'the half')).toEqual({ text: 'the half', type: 'DATE', value: '1992-H1' });
  });

  it("'the half' after second-quarter figures is the first half", () => {
    expect(tagged('The chemicals group said second-quarter net rose 9% to 210 million marks. Sales in the half rose 4%.', '1992-08-12', 'the half')).toEqual({ text: 'the half', type: 'DATE', value: '1992-H1' });
  });

  it("'for the week as' a clause goes on is the week of the story", () => {
    expect(tagged('Bond prices ended lower for the week as the dollar weakened.', '1994-05-13', 'the week')).toEqual({ text: 'the week', type: 'DATE', value: '1994-W19' });
  });

  it("'overnight off' a coast is the night before the story's day", () => {
    expect(tagged('A Liberian-flagged tanker ran aground overnight off the Shetland Islands.', '1993-01-05', 'overnight')).toEqual({ text: 'overnight', type: 'TIME', value: '1993-01-04TNI' });
  });
});

describe('a period compared after a day that ended one', () => {
  it("'the same period of 1989' beside third-quarter figures told in 1991 is that quarter of 1989", () => {
    expect(tagged('The brewer said third-quarter net rose to $12 million, up 30% from the same period of 1989.', '1991-10-22', 'the same period of 1989')).toEqual({ text: 'the same period of 1989', type: 'DATE', value: '1989-Q3' });
  });

  it("'the comparable period of 1989' with no quarter reported is 1989", () => {
    expect(tagged('Revenue for the six months ended March 31 rose to $40 million from $36 million in the comparable period of 1989.', '1991-05-08', 'the comparable period')).toEqual({ text: 'the comparable period', type: 'DATE', value: '1989' });
  });

  it("'the same period last year' after 'the nine months ended June 30' is the year before", () => {
    expect(tagged('For the nine months ended June 30, the utility earned $61 million, against $55 million in the same period last year.', '1990-08-02', 'the same period last year')).toEqual({ text: 'the same period last year', type: 'DATE', value: '1989' });
  });

  it("'the comparable period' after 'the six months ended' a day, with no quarter reported, is the year before", () => {
    expect(tagged('Revenue for the six months ended March 31 rose to $40 million from $36 million in the comparable period.', '1990-05-10', 'the comparable period')).toEqual({ text: 'the comparable period', type: 'DATE', value: '1989' });
  });
});

describe('an appointment made for a day', () => {
  it.each([
    ['set a hearing for', 'A federal judge set a hearing for Thursday on the request.', 'Thursday', '1993-06-10'],
    ['scheduled a vote for', 'The House Rules Committee scheduled a vote for Monday.', 'Monday', '1993-06-14'],
    ['called a special meeting for', 'Directors called a special meeting for June 28 to weigh the bid.', 'June 28', '1993-06-28'],
    ['set a deadline for midnight', 'The machinists set a strike deadline for midnight Friday.', 'Friday', '1993-06-11'],
  ])("'%s' a day looks ahead of the making", (_name, sentence, words, value) => {
    expect(tagged(sentence, '1993-06-09', words)).toEqual({ text: words, type: 'DATE', value });
  });
});

describe('a disaster named by its date', () => {
  it.each([
    ['a plan to prevent a repeat of the March 28 explosion', 'Regulators said they would order new inspections to prevent a repeat of the March 28 explosion.', 'March 28', '1986-03-28'],
    ['lawsuits over the Nov. 1 fire', 'The chemical maker will face lawsuits over the Nov. 1 fire at its Basel warehouse.', 'Nov. 1', '1986-11-01'],
    ['the Boxing Day storm', 'Insurers expect claims from the Boxing Day storm to top $2 billion.', 'Boxing Day', '1986-12-26'],
  ])("'%s' lies before publication", (_name, sentence, words, value) => {
    expect(tagged(sentence, '1987-02-10', words)).toEqual({ text: words, type: 'DATE', value });
  });

  it('is not moved into the year of a date written before it', () => {
    const story = 'The fund was modelled on one set up after the Sept. 19, 1985, earthquake. The April 2 blast at the refinery killed four workers.';
    expect(tagged(story, '1987-02-10', 'April 2')).toEqual({ text: 'April 2', type: 'DATE', value: '1986-04-02' });
  });
});
