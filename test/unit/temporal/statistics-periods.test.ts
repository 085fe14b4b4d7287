import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Periods in statistics and results stories as the wire writes them (issue 16, read on the
// reuters/check split): a figure set against ("from a 2.6 billion surplus in the second
// quarter") is of a quarter already ended, whatever verb the clause lacks; a year before an
// ordinal quarter ("its 1987 first quarter") is that year's quarter; a period ended in a month
// ("the year ended June 1987") is that month's year; "last year" right after a compared figure
// is the quarter its sentence named, a year back; a quarter whose figures were reported is the
// story's fiscal quarter when the story named it by its end day. Sentences written for these tests.

const valueOf = (text: string, published: string, words: string, nth = 0) => tagTimexes(text, published).filter((t) => t.text === words)[nth]?.value;
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: periods of statistics and results stories', () => {
  it('a quarter after a figure set against it is one that has ended, and "a year earlier" the period reported a year back', () => {
    const text = 'Exports fell to 2.1 billion dlrs in the fourth quarter of 1986. The decline from a 2.6 billion surplus in the second quarter, against a 1.9 billion surplus a year earlier, was blamed on oil prices.';
    expect(valueOf(text, '1987-03-10', 'the second quarter')).toBe('1986-Q2');
    expect(valueOf(text, '1987-03-10', 'a year earlier')).toBe('1985-Q4');
  });

  it('a year written before an ordinal quarter is that year\'s quarter, one date', () => {
    expect(tagTimexes('Its 1987 first quarter results will be released in May.', '1987-03-10').map((t) => [t.text, t.value])).toEqual([['1987 first quarter', '1987-Q1'], ['May', '1987-05']]);
    expect(valueOf("The bank's 1986 fourth-quarter profit fell 12 pct.", '1987-03-10', '1986 fourth-quarter')).toBe('1986-Q4');
  });

  it('"the year ended June 1987" is 1987, not a later year named before it', () => {
    expect(valueOf('It expects a profit in 1988. For the year ended June 1987, the group posted a loss of 4 mln dlrs.', '1987-08-19', 'the year')).toBe('1987');
  });

  it('"last year" right after a figure compared with a quarter\'s is that quarter a year back', () => {
    expect(valueOf('Third quarter net, which compares with 45 cts a share last year, will be reported next month.', '1987-09-20', 'last year')).toBe('1986-Q3');
  });

  it('a reported quarter\'s profit is the fiscal quarter the story named by its end day', () => {
    const text = "The bank's loan losses for the first quarter ended January 31 rose to 90 mln dlrs. The bank earlier reported first quarter profit rose to 80 mln dlrs from 70 mln dlrs.";
    expect(valueOf(text, '1987-03-10', 'first quarter')).toBe('1987-Q1');
  });

  it('a quarter\'s "performance" is its results: the quarter just ended', () => {
    expect(valueOf('The unit had turned in a planned loss, with fourth quarter performance better than expected despite the anticipated launch costs.', '1987-03-03', 'fourth quarter')).toBe('1986-Q4');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: the quarter a statistics story sets its latest one against', () => {
  it('a noun in -ing is the subject of the verb after it: "borrowing climbed 4.1 billion dlrs" is a past act', () => {
    expect(values('Business borrowing climbed 4.1 billion dlrs in the fourth quarter after a drop in the third quarter.', '1988-02-20')).toEqual([
      ['the fourth quarter', '1987-Q4'],
      ['the third quarter', '1987-Q3'],
    ]);
  });

  it('and so is "the fighting erupted in March": a noun in -ing, then its verb and the date\'s preposition', () => {
    expect(values('The rebels hold the northern valley, where the fighting erupted in March.', '1987-11-18')).toEqual([['March', '1987-03']]);
  });

  it('a figure the latest quarter\'s follows or is set against ("in contrast to a gain of 1.2 pct in", "following a rise of") is of a quarter that has ended', () => {
    expect(values('Factory output fell 0.4 pct in the fourth quarter, in contrast to a gain of 1.2 pct in the third quarter.', '1988-02-10').at(1)).toEqual(['the third quarter', '1987-Q3']);
    expect(values('Farm exports shrank 300 mln dlrs in the final quarter following a rise of 2.1 billion dlrs in the third quarter.', '1988-03-02').at(1)).toEqual(['the third quarter', '1987-Q3']);
  });
});
