import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a fiscal year named by its end (fiscal-year-ending-in-month.test.ts) must leave alone: a
// fiscal year that ends in a month with no year written is left to that month, as before.
// Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a fiscal year ending in a month of no year', () => {
  it('"the fiscal year ending in June" tags the month only', () => {
    expect(values('Sales rose in the fiscal year ending in June, the distiller said.', '1991-10-09')).toEqual([['June', '1991-06']]);
  });
});
