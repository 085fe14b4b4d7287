import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A year that runs across two calendar years, written with a slash ("the 1986/87 marketing
// year", "in 1984/85"): one DATE, the year it starts in. Sentences written for these tests
// (issue 16, missed forms).

const spans = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: a split year written with a slash', () => {
  it('a marketing or crop year', () => {
    expect(spans('Soybean exports fell in the 1986/87 marketing year.', '1987-04-02')).toEqual([['1986/87', 'DATE', '1986']]);
  });

  it('a season across the turn of a century', () => {
    expect(spans('Sugar output rose 4 pct in 1999/00, the cooperative said.', '2000-11-14')).toEqual([['1999/00', 'DATE', '1999']]);
  });
});
