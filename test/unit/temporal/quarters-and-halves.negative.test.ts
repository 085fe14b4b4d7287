import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: an ordinal, a year, then the quarter
// ("the first 1987 quarter"), and a half or quarter of something that is no year (issue 16).
// Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a half or quarter of something else is no half-year', () => {
  it('"the second half of the match" and "the first quarter of the game" are no dates', () => {
    expect(values('He scored twice in the second half of the match.', '1987-05-20')).toEqual([]);
    expect(values('They led after the first quarter of the game.', '1987-05-20')).toEqual([]);
  });

  it('"the first half of the year", "the second half of 1986" and "the second half of its fiscal year" stay half-years', () => {
    expect(values('Sales rose in the first half of the year.', '1987-08-20')).toEqual([['the first half of the year', '1987-H1']]);
    expect(values('Output slowed in the second half of 1986.', '1987-08-20')).toEqual([['the second half of 1986', '1986-H2']]);
    expect(values('Profit fell in the second half of its fiscal year.', '1987-08-20').at(0)?.[1]).toMatch(/^\d{4}-H2$/);
  });

  it('"a gain in the third quarter of 4.2 mln dlrs" keeps the quarter: the amount is the gain\'s', () => {
    expect(values('Alcan will book a gain in the third quarter of 4.2 mln dlrs.', '1987-06-20')).toEqual([['the third quarter', '1987-Q3']]);
  });
});
