import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of wire-session13.test.ts must leave as it was. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: participles that stay verbs, and ones that stay describing words', () => {
  it('a past verb right before the period keeps its past ("reported improved second-quarter traffic" in March is last year\'s)', () => {
    expect(values('The airline reported improved second-quarter traffic.', '1987-03-20')).toEqual([['second-quarter', '1986-Q2']]);
  });

  it('after a participle in -ing before a noun, the participle still describes ("using leased aircraft in June")', () => {
    expect(values('The agency is using leased aircraft in June.', '1987-02-10')).toEqual([['June', '1987-06']]);
  });

  it('a participle after a noun in -ing that opens an appointment stays describing ("a special meeting called for December 4" lies ahead)', () => {
    expect(values('Holders will vote at a special meeting called for December 4.', '1987-11-18')).toEqual([['December 4', '1987-12-04']]);
  });

  it('a participle after a linking verb is a state ("to remain closed through Wednesday")', () => {
    expect(values('Officials ordered the shops to remain closed through Wednesday.', '1987-11-16')).toEqual([['Wednesday', '1987-11-18']]);
  });

  it('a forecast\'s base after "after" keeps the forecast\'s quarter', () => {
    expect(values('GNP will grow 2 pct in the first quarter after 1.5 pct in the fourth quarter, the forecasters said.', '1987-10-20')).toEqual([
      ['the first quarter', '1988-Q1'],
      ['the fourth quarter', '1987-Q4'],
    ]);
  });
});

describe('tagTimexes: "compared with" and "than last year" outside a quarter\'s figures', () => {
  it('a year\'s figures set against "last year" keep the year', () => {
    expect(values('Sales this year were higher than last year.', '1987-03-20')).toEqual([
      ['this year', '1987'],
      ['last year', '1986'],
    ]);
  });

  it('a month after "compared with" is still the earlier figure\'s', () => {
    expect(values('Growth is now seen at 3.3 pct this year, compared with 3.4 pct in the July forecast.', '2022-10-11').at(-1)).toEqual(['July', '2022-07']);
  });
});

describe('tagTimexes: "annual" before figures, and "since" that is no tally', () => {
  it('"annual profit" stays a year\'s figure, "its annual meeting" no time', () => {
    expect(values('Its annual profit rose 12 pct.', '1987-05-20')).toEqual([['annual', 'P1Y']]);
    expect(values('The company held its annual meeting.', '1987-05-20')).toEqual([]);
  });

  it('"not been seen since August 1985" is a step of the narrative', () => {
    expect(values('He has not been seen since August 1985. In January his family received a letter.', '1987-03-23').at(1)).toEqual(['January', '1986-01']);
  });
});

describe('tagTimexes: months\' abbreviations that stay months', () => {
  it('in a headline in capitals, with a day, or written with its point', () => {
    expect(values('U.S. TRADE GAP WIDENED IN DEC', '1987-02-13')).toEqual([['DEC', '1986-12']]);
    expect(values('Payments are due on DEC 15, the agency said.', '1987-11-02')).toEqual([['DEC 15', '1987-12-15']]);
    expect(values('Shipments are due in Dec.', '1987-09-02')).toEqual([['Dec.', '1987-12']]);
  });
});

describe('tagTimexes: urgings that date their own act', () => {
  it('a day between the urging and its infinitive is the urging\'s ("urged lawmakers on Monday to act")', () => {
    expect(values('The mayor urged lawmakers on Monday to act.', '1987-04-15')).toEqual([['Monday', '1987-04-13']]);
  });

  it('"urging them not to forget" what happened, and an urging reported as it stood ("had urged")', () => {
    expect(values('He spoke to veterans, urging them not to forget the lessons of March.', '1987-06-10')).toEqual([['March', '1987-03']]);
    expect(values('The bank had urged dealers to sell in January.', '1987-04-10')).toEqual([['January', '1987-01']]);
  });

  it('physical pressure is no urging ("pressure in the well continued to rise Monday")', () => {
    expect(values('Pressure in the well continued to rise Monday, engineers said.', '2010-07-20')).toEqual([['Monday', '2010-07-19']]);
  });
});

describe('tagTimexes: a term before its noun keeps its own words', () => {
  it('"the 30-year yield", "the 91-day bills", "the 12-month high" leave out the article', () => {
    expect(values('The 30-year yield rose while the 91-day bills fell to the 12-month low.', '1987-06-02').map(([words]) => words)).toEqual(['30-year', '91-day', '12-month']);
  });
});

describe('tagTimexes: counted units that are names or terms keep their old span', () => {
  it('"the Seven Years War", "the six-months bills" leave out the article', () => {
    expect(values('Britain won the Seven Years War.', '1987-06-02').map(([words]) => words)).not.toContain('the Seven Years');
    expect(values('The average price for the six-months bills was 96.9.', '1987-06-02').map(([words]) => words)).not.toContain('the six-months');
  });
});

describe('tagTimexes: "in the morning" that names no day of the story', () => {
  it('a habit, a present or a plan, a clock\'s hour and a noun\'s part of day are not tagged so', () => {
    expect(values('Traders usually buy in the morning.', '1987-06-04')).toEqual([]);
    expect(values('It is the first thing I think about when I wake up in the morning.', '1987-06-04')).toEqual([]);
    expect(values('He was woken at three o\'clock in the morning.', '1987-06-04').map(([words]) => words)).not.toContain('the morning');
    expect(values('Vendors sat in the afternoon sun.', '1987-06-04')).toEqual([]);
  });
});

describe('tagTimexes: "a year ago" that still compares figures', () => {
  it('"from 3.8 mln dlrs a year ago" beside a quarter\'s figures is that quarter a year back', () => {
    expect(values('Harbor Mills said third-quarter net rose 8 pct to 4.1 mln dlrs from 3.8 mln dlrs a year ago.', '1988-10-20').at(-1)).toEqual(['a year ago', '1987-Q3']);
  });
});
