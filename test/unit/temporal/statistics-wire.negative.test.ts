import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the statistics-wire rules of statistics-wire.test.ts must not do: a move expected from a
// figure ("expects to move from a loss of 2 mln dlrs in the third quarter") keeps the quarter
// ahead; "twelve months earlier" in a narrative counts from the date named; a lower-case
// headline or one whose lead names no such period gains no timex; a month and a year without
// "quarter" stay a month; exports forecast for a month months ahead stay ahead; "will revise
// its fourth quarter forecast" is no revision of figures. Wednesday 1987-08-12.
const WED = '1987-08-12';
const values = (text: string) => tagTimexes(text, WED).map((t) => [t.text, t.value]);

describe('tagTimexes: what the statistics-wire rules leave alone', () => {
  it('a forecast move from a figure keeps the quarter ahead', () => {
    expect(values('The firm expects to move from a loss of 2 mln dlrs in the third quarter to a profit.')).toEqual([['the third quarter', '1987-Q3']]);
  });

  it('"12 months earlier" in a story with no figures counts from the month named', () => {
    expect(values('The mill closed in March. 12 months earlier, it had hired 300 workers.')).toEqual([['March', '1987-03'], ['12 months earlier', '1986-03']]);
  });

  it('a mixed-case headline ending "in quarter" gains no timex', () => {
    const story = 'Sales slip in quarter\n\nBOSTON, Aug 12 - Sales fell 3 pct in the second quarter.\n';
    expect(values(story).map(([text]) => text)).toEqual(['Aug 12', 'the second quarter']);
  });

  it('"IN WEEK" with no week in the lead gains no timex', () => {
    const story = 'DOLLAR FIRMER IN WEEK\n\nTOKYO, Aug 12 - The dollar closed at 148.20 yen.\n';
    expect(values(story).map(([text]) => text)).toEqual(['Aug 12']);
  });

  it('exports forecast for a month still months ahead stay ahead', () => {
    expect(values('Sugar exports in November will reach 40,000 tonnes.')).toEqual([['November', '1987-11']]);
  });

  it('a company that will revise a forecast for a quarter ahead keeps the quarter ahead', () => {
    expect(values('The maker will revise its fourth quarter forecast, it said.')).toEqual([['fourth quarter', '1987-Q4']]);
  });

  it('GNP forecast for a quarter two ahead keeps that quarter ahead', () => {
    expect(values('Forecasters expect fourth-quarter GNP to slow.')).toEqual([['fourth-quarter', '1987-Q4']]);
  });

  it('a month of an earlier year that is no figure\'s comparison still sets the narrative', () => {
    const story = 'The union struck in July 1986 over pensions. In October, the mill closed.';
    expect(values(story)).toEqual([['July 1986', '1986-07'], ['October', '1986-10']]);
  });

  it('"June 1986" without "quarter" stays the month', () => {
    expect(values('Exports peaked in June 1986.')).toEqual([['June 1986', '1986-06']]);
  });
});
