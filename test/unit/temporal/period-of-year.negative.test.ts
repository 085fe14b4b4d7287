import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A stretch and a year that are not one expression: a year after another preposition, a day
// rather than a year, a counted span without "the first". Sentences written for these tests.

const spans = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a period and a date beside it that stay apart', () => {
  it('"the first six months to 1985" is no period of the year', () => {
    expect(spans('Debt grew in the first six months to 1985 levels.', '1986-02-10').some(([text]) => text === 'the first six months to 1985')).toBe(false);
  });

  it('"the same period on March 3" keeps the day apart', () => {
    expect(spans('Turnover matched the same period on March 3.', '1987-03-16').some(([text]) => /period on/.test(String(text)))).toBe(false);
  });

  it('"six months of 1985" without "the first" is left as it was found', () => {
    expect(spans('The plant ran for six months of 1985.', '1986-02-10').some(([text]) => text === 'six months of 1985')).toBe(false);
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: "the whole of" before what is no year written', () => {
  it('"the whole of the 1980s" keeps the decade\'s span alone', () => {
    expect(values('Inflation stayed low for the whole of the 1980s.', '1991-02-11')).toEqual([['the 1980s', '198']]);
  });
});
