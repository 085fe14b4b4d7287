import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of wire-figures-session12.test.ts must leave alone (sentences written for these
// tests). Stamp Wednesday 1987-05-13.
const WED = '1987-05-13';
const values = (text: string, published = WED) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: month words the figure rules leave alone', () => {
  it('a name ending in "May" before a figure noun is no month ("Theresa May trade envoy")', () => {
    expect(values('Officials met Theresa May trade envoys in London.')).toEqual([]);
  });

  it('"a march on parliament" and a modal "may" stay words', () => {
    expect(values('Farmers staged a march on parliament and may return.')).toEqual([]);
  });

  it('a date that is not a comparison still sets the narrative\'s year: "closed in June, 1985 ... In August"', () => {
    const text = 'The mill closed in June, 1985. In August, its workers were laid off.';
    expect(tagTimexes(text, WED).map((t) => t.value)).toEqual(['1985-06', '1985-08']);
  });

  it('"since June of 1985" keeps its year', () => {
    expect(values('It was the first fall since June of 1985.')).toEqual([['June of 1985', '1985-06']]);
  });
});

describe('tagTimexes: zones, papers, adjectives and durations the rules leave alone', () => {
  it('a lower-case "est." after four digits is an estimate, not Eastern time', () => {
    expect(values('Output was 1200 est. units a day.')).toEqual([]);
  });

  it('"Sunday Times Square" keeps its Sunday, and "Sunday morning" is a time', () => {
    expect(values('The parade crossed on Sunday Times Square, police said.', '1987-05-12')).toEqual([['Sunday', '1987-05-10']]);
  });

  it('"the current market slump" keeps its present reference', () => {
    expect(tagTimexes('The current market slump deepened.', WED).map((t) => t.value)).toEqual(['PRESENT_REF']);
  });

  it('"lasted over two years" stays more than two years', () => {
    expect(tagTimexes('The strike lasted over two years.', WED).map((t) => [t.text, t.mod])).toEqual([['over two years', 'MORE_THAN']]);
  });

  it('"it forecast for November" still looks ahead to its month', () => {
    expect(values('Output will be lower than it forecast for November.')).toEqual([['November', '1987-11']]);
  });

  it('a dateline two days before the stamp is not taken', () => {
    expect(tagTimexes('GRAIN FUTURES CLOSE LOWER\n\nCHICAGO, May 11 - Wheat futures will open tomorrow, traders said.\n', WED).find((t) => t.text === 'tomorrow')?.value).toBe('1987-05-14');
  });
});

describe('tagTimexes: days and months the session-12 rules leave alone', () => {
  it('"Northern Ireland on Wednesday" is the day; only the Mail and the Independent on Sunday are papers', () => {
    expect(values('The envoy visits Northern Ireland on Wednesday.')).toEqual([['Wednesday', '1987-05-13']]);
  });

  it('"an August night" and "a May morning" are no month of a year', () => {
    expect(values('It was an August night without power, and a May morning brought rain.')).toEqual([]);
  });
});

describe('tagTimexes: datelines and clock times the session-12 rules leave alone', () => {
  it('a Sunday dateline under a Monday stamp keeps "this week" the week the Monday opens', () => {
    const story = 'COCOA TALKS OPEN\n\nLONDON, March 15 - Delegates arrive for talks starting this week, officials said.\n';
    expect(tagTimexes(story, '1987-03-16').find((t) => t.text === 'this week')?.value).toBe('1987-W12');
  });

  it('the four digits of "1700 CDT April 24" are a clock time: no narrative year for the next month', () => {
    const text = 'The company extended its offer to 1700 CDT April 24. The offer had been set to expire April 13.';
    expect(tagTimexes(text, '1987-04-13').find((t) => t.text === 'April 13')?.value).toBe('1987-04-13');
  });
});
