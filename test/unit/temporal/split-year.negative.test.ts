import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Slashes after a four-digit number that are no split year: a later year than the next one, an
// amount, a reference number. Sentences written for these tests.

const texts = (text: string, published: string) => tagTimexes(text, published).map((t) => t.text);
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a four-digit number and a slash that are no split year', () => {
  it('a year and a later year that is not the next is no split year', () => {
    expect(texts('Directive 1984/88 was repealed.', '1987-04-02')).not.toContain('1984/88');
  });

  it('an amount is no year', () => {
    expect(texts('The spread widened to 1986/87 pct.', '1987-04-02')).toEqual([]);
  });

  it('a longer run of figures is no year', () => {
    expect(texts('Its file number is 1986/87/112.', '1987-04-02')).not.toContain('1986/87');
  });
});

// More of this class, read on the 1987 wire splits (reuters/fresh6-fresh11). Sentences written for these tests.

describe('tagTimexes: a slash after a fiscal year that is no split year', () => {
  it('"fiscal 1986/89" names no year that runs across two, and is left out', () => {
    expect(values('Outlays grew in fiscal 1986/89 terms.', '1987-05-04')).toEqual([]);
  });
});

describe('tagTimexes: a month after a split year', () => {
  it('a month after a split year with no word of its end keeps its tense', () => {
    expect(values('Shipments rose from 1985/86 to 1986/87 in June, the board said.', '1987-08-02').at(-1)).toEqual(['June', '1987-06']);
  });
});
