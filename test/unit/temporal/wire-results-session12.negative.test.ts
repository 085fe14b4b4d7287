import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of wire-results-session12.test.ts must leave alone (sentences written for
// these tests).
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

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

describe('tagTimexes: short forms the session-12 rules leave alone', () => {
  it('"this week and next week" keeps two whole spans, and "next" before a noun is no period', () => {
    expect(values('Prices will firm this week and next week.', '1987-07-21')).toEqual([['this week', '1987-W30'], ['next week', '1987-W31']]);
    expect(values('Sales rose this year and next quarter looks better.', '1987-07-21').map(([words]) => words)).toEqual(['this year', 'next quarter']);
  });

  it('"the full year" before an amount takes no year from it', () => {
    expect(values('Net for the full year 1,986 mln dlrs short of target.', '1987-07-21').some(([words]) => /1,986/.test(words))).toBe(false);
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

describe('tagTimexes: last year beside figures outside a quarterly story', () => {
  it('"off 3 pct from 7.1 mln last year" beside a month\'s figures stays the year', () => {
    expect(values('Demand averaged 6.9 mln barrels a day in March, off 3 pct from 7.1 mln last year.', '1987-04-08').pop()).toEqual(['last year', '1986']);
  });
});

describe('tagTimexes: a fiscal quarter ended on a day', () => {
  it('"its fiscal third quarter ended June 28" is read from its end day, not from a fiscal year named later', () => {
    const text = 'Harbor Tool said earnings for its fiscal third quarter ended June 28 will be lower. In fiscal 1986 it earned 4 mln dlrs.';
    expect(values(text, '1987-06-30')[0]).toEqual(['third quarter', '1987-Q3']);
  });
});

describe('tagTimexes: last year beside a year\'s figures in a quarterly story', () => {
  it('"spending this year will fall to 90 mln dlrs from 110 mln dlrs last year" stays the year', () => {
    const text = 'Acme Foods said first quarter net income rose to 81 mln dlrs from 70 mln. It said spending this year will fall to 90 mln dlrs from 110 mln dlrs last year.';
    expect(values(text, '1987-04-28').pop()).toEqual(['last year', '1986']);
  });
});
