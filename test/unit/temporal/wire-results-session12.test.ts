import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Results stories as the wire writes them (issue 16: comparison periods and fiscal years; read
// on reuters/fresh6 and on the fourth probe set after their first runs). Sentences written for
// these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

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

describe('tagTimexes: fiscal periods named by the story', () => {
  it('a quarter marked "fiscal" takes the fiscal year the story names, and so does last year\'s one a year back', () => {
    const text = 'Lakeside Apparel reported a fiscal third-quarter profit of $4 million, up from $3.1 million in last year\'s third quarter. Fiscal 2001 ends Nov. 30.';
    expect(values(text, '2001-10-02').slice(0, 2)).toEqual([['third-quarter', '2001-Q3'], ["last year's third quarter", '2000-Q3']]);
  });

  it('"the fiscal year that begins July 1" is the year it ends in', () => {
    expect(values('Lawmakers passed a $9 billion budget for the fiscal year that begins July 1.', '2003-06-20')).toEqual([['the fiscal year', '2004'], ['July 1', '2003-07-01']]);
  });
});

describe('tagTimexes: periods of results copy named in one span', () => {
  it('"the year-ago second quarter" and "the comparable year-ago quarter" are the reported quarter a year back', () => {
    const text = 'Granite Lumber said second quarter net rose to 9.4 mln dlrs from 7.7 mln dlrs. The year-ago second quarter included a gain, and sales were above the comparable year-ago quarter.';
    expect(values(text, '1987-07-21').slice(1)).toEqual([['The year-ago second quarter', '1986-Q2'], ['the comparable year-ago quarter', '1986-Q2']]);
  });

  it('"for the full year 1985" is that year in one span', () => {
    expect(values('The unit lost money for the full year 1985, the company said.', '1986-03-11')).toEqual([['the full year 1985', '1985']]);
  });
});

describe('tagTimexes: counts and periods written short', () => {
  it('"two-and-a-half years" is P2.5Y', () => {
    expect(values('The talks dragged on for two-and-a-half years.', '1987-07-21')).toEqual([['two-and-a-half years', 'P2.5Y']]);
  });

  it('"this year or next" tags "next" as the next year; "this month and next" the next month', () => {
    expect(values('A recession is unlikely this year or next, the bank said.', '1987-07-21')).toEqual([['this year', '1987'], ['next', '1988']]);
    expect(values('Shipments will slow this month and next.', '1987-07-21')).toEqual([['this month', '1987-07'], ['next', '1987-08']]);
  });
});


describe('tagTimexes: a month of the quarter its sentence named', () => {
  it('"during May" after "warned it will post a loss for the second quarter" is May of that quarter, not next year\'s', () => {
    const text = 'The brokerage warned it will post a loss for the second quarter due to heavy trading losses during May.';
    expect(values(text, '1987-06-24')).toEqual([['the second quarter', '1987-Q2'], ['May', '1987-05']]);
  });
});

describe('tagTimexes: last year beside a quarter\'s figures', () => {
  it('"down from 2.4 billion last year" in a sentence of its own, in a story of a quarter\'s results, is that quarter a year back', () => {
    const text = 'Acme Foods said first quarter net income rose to 81 mln dlrs from 70 mln. Revenues were 2.3 billion dlrs, down from 2.4 billion last year.';
    expect(values(text, '1987-04-28').pop()).toEqual(['last year', '1986-Q1']);
  });
});
