import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the fiscal quarter written without "of" (fiscal-period-no-of.test.ts) must leave alone: a
// fiscal year after a quarter across a comma is a date of its own, and a quarter before a figure
// is no fiscal year's. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a quarter next to a fiscal year it does not name', () => {
  it('"the third quarter, and fiscal 1992 as a whole" keeps two dates', () => {
    expect(values('Sales fell in the third quarter, and fiscal 1992 as a whole was weak, the toolmaker said.', '1992-11-11')).toEqual([
      ['the third quarter', '1992-Q3'],
      ['fiscal 1992', '1992'],
    ]);
  });
});
