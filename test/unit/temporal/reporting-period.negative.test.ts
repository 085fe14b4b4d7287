import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// What the reporting period must not do (issue 16). Tuesday 2024-10-22.
const TUE = '2024-10-22';
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the reporting period is not over-applied', () => {
  it("'a year ago' with no figures beside it is the year before publication, not a quarter", () => {
    const text = 'Net profit for the third quarter climbed 8% to $12.4 million. The chief executive took office a year ago.';
    expect(tagged(text, TUE, 'a year ago')).toEqual({ text: 'a year ago', type: 'DATE', value: '2023' });
  });

  it("'a year earlier' beside figures in a story that named no period is a year, not a quarter", () => {
    expect(tagged('Shipments rose 7% from a year earlier.', TUE, 'a year earlier')).toEqual({ text: 'a year earlier', type: 'DATE', value: '2023' });
  });

  it('a comparison period the story computed does not become the period reported', () => {
    const text = 'Profit in the third quarter rose 8% to $5 million from $4 million a year earlier. Revenue fell 2% from the year-ago quarter.';
    expect(tagged(text, TUE, 'the year-ago quarter')?.value).toBe('2023-Q3');
  });

  it('a quarter named without figures is not the period reported', () => {
    const text = 'The plant will reopen in the first quarter. Exports rose 3% from a year earlier.';
    expect(tagged(text, TUE, 'a year earlier')?.value).not.toMatch(/Q/);
  });

  it("'the period' in a story that reported no period is not tagged", () => {
    expect(tagTimexes('Prices were stable during the period of talks.', TUE)).toEqual([]);
    expect(tagTimexes('Prices were stable during the period.', TUE)).toEqual([]);
  });

  it('an older period compared with does not replace the period reported', () => {
    const text = 'Net rose to $5 million in the third quarter from $4 million in last year\u2019s third quarter. Revenue fell from the prior-year quarter.';
    expect(tagged(text, TUE, 'the prior-year quarter')?.value).toBe('2023-Q3');
  });

  it("'the quarter' as a part of a city is not tagged in a story that reported no period", () => {
    expect(tagTimexes('The quarter was packed with tourists. The quarter\u2019s cafes stayed open.', TUE)).toEqual([]);
  });

  it("'the 2023 period' in a story that reported no period is the year 2023", () => {
    expect(tagged('Costs were lower in the 2023 period.', TUE, 'the 2023 period')?.value).toBe('2023');
  });

  it("'the year-ago quarter' after another comparison is not pushed back a second year", () => {
    const text = 'Profit in the third quarter rose 12% from a year earlier. Sales in the year-ago quarter were $3 million.';
    expect(tagged(text, '1989-10-24', 'the year-ago quarter')?.value).toBe('1988-Q3');
  });

  it("'the quarter' of past figures late in a quarter is not pushed back: a December story keeps the current quarter", () => {
    expect(tagged('Operating profit fell 8% in the quarter to $3 million.', '2024-12-10', 'the quarter')!.value).toBe('2024-Q4');
  });
});

describe('tagTimexes: a period and a later day that is not its end', () => {
  it('keeps a quarter whose sentence names another day after it as the quarter named', () => {
    const t = tagTimexes('Sales in the second quarter rose 4%, the company said on Aug. 31.', '2024-10-22');
    expect(t.find((x) => /quarter/.test(x.text))!.value).toBe('2024-Q2');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: results copy the session-12 rules leave alone', () => {
  it('"the year\'s" alone before a noun is no full year of figures', () => {
    expect(values('It was the year\'s busiest day at the port.', '1987-07-16').some(([words]) => words === "the year's")).toBe(false);
  });

  it('"an initial quarter of the shares" is a fraction, not a quarter of a year', () => {
    expect(values('The bank sold an initial quarter of the shares to pension funds.', '1987-07-16')).toEqual([]);
  });

  it('a fiscal quarter keeps its tense year when the story names no fiscal year near it', () => {
    expect(values('Lakeside Apparel reported a fiscal third-quarter profit of $4 million.', '2001-10-02')).toEqual([['third-quarter', '2001-Q3']]);
    expect(values('Lakeside Apparel reported a fiscal fourth-quarter profit of $4 million. In fiscal 1995 it lost money.', '2001-10-02')[0]).toEqual(['fourth-quarter', '2000-Q4']);
  });

  it('a fiscal year that begins on January 1 is that year, the calendar\'s', () => {
    expect(values('The new rates apply in the fiscal year beginning Jan. 1.', '2003-11-20')[0]).toEqual(['the fiscal year', '2004']);
  });
});

describe('tagTimexes: months the quarter rule leaves alone', () => {
  it('a month outside the quarter named keeps its own year ("the third quarter ... in June")', () => {
    const text = 'The brokerage will post a loss for the third quarter after trading losses in June.';
    expect(values(text, '1987-06-24').find(([words]) => words === 'June')).toEqual(['June', '1987-06']);
  });

  it('a month in the next sentence is not drawn to the quarter', () => {
    const text = 'The brokerage posted a loss for the fourth quarter. It will open a Tokyo office in December.';
    expect(values(text, '1987-02-10').find(([words]) => words === 'December')).toEqual(['December', '1987-12']);
  });
});

describe('tagTimexes: the period reported where no year or quarter is stated', () => {
  it('"for the year" with no year stated in its sentence is the story\'s own', () => {
    expect(values('Profit for the year is expected to rise, the chairman said.', '1987-04-02')).toEqual([['the year', '1987']]);
  });

  it('"the quarter\'s" as a plain possessive names no end', () => {
    expect(values('The quarter\'s best performer was the steel unit.', '1987-04-02').map(([t]) => t)).not.toContain("quarter's end");
  });

  it('a comparison after a year its own sentence names keeps that year, whatever quarter comes later', () => {
    const story =
      'Pretax profit in the year ending June 30, 1987 is seen at 40 billion yen, up 9 pct from a year earlier.\n' +
      'Net rose 4 pct in the latest quarter, the company said.';
    expect(values(story, '1987-04-24').find(([t]) => t === 'a year earlier')?.[1]).toBe('1986');
  });

  it('a comparison in a story that names no quarter keeps the year', () => {
    expect(values('Net rose to 22.4 mln dlrs from 19.1 mln dlrs a year earlier, the bank said.', '1987-04-24')).toEqual([['a year earlier', '1986']]);
  });
});
