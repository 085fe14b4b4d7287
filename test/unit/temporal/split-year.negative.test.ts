import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Slashes after a four-digit number that are no split year: a later year than the next one, an
// amount, a reference number. Sentences written for these tests.

const texts = (text: string, published: string) => tagTimexes(text, published).map((t) => t.text);

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
