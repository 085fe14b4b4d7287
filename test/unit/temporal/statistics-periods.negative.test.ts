import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the statistics-period rules of statistics-periods.test.ts must not move (issue 16): a
// quarter of planned cuts beside a percentage, with nothing compared, keeps the quarter ahead;
// "last year" after a figure compared with nothing, or in a sentence naming no quarter, stays
// the year; a year set off by a comma is no part of the quarter after it. Sentences written for
// these tests.

const valueOf = (text: string, published: string, words: string) => tagTimexes(text, published).find((t) => t.text === words)?.value;

describe('tagTimexes: periods the statistics rules leave alone', () => {
  it('a quarter of planned closures beside a percentage cut stays the one ahead', () => {
    expect(valueOf('The brewer has unveiled cuts of 12% (40,000 barrels) in its Canadian output, resulting in the closure of three breweries during the fourth quarter.', '1987-08-19', 'the fourth quarter')).toBe('1987-Q4');
  });

  it('"last year" after a figure compared with nothing stays the year', () => {
    expect(valueOf('Fourth quarter sales rose 8 pct, and the company sold 3.1 billion dlrs of goods last year.', '1987-03-10', 'last year')).toBe('1986');
  });

  it('"last year" after a compared figure in a sentence naming no quarter stays the year', () => {
    expect(valueOf('Annual profit rose to 9 mln dlrs from 7 mln dlrs last year.', '1987-03-10', 'last year')).toBe('1986');
  });

  it('a year set off by a comma stays apart from the quarter after it', () => {
    expect(tagTimexes('In 1986, fourth quarter sales fell.', '1987-03-10').map((t) => t.text)).toEqual(['1986', 'fourth quarter']);
  });

  it('a quarter\'s performance still ahead, in a forecast, stays the quarter ahead', () => {
    expect(valueOf('The chain expects third quarter performance to improve.', '1987-03-03', 'third quarter')).toBe('1987-Q3');
  });
});
