import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of year-back-base.test.ts must leave alone: "a year ago" before an amount (the
// unit offset's own), "the previous year" of a narrative with no amount before it, and a
// hyphenated adjective before a noun. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: year-back words that are no compared amount\'s base', () => {
  it('"the previous year" after a year of a narrative is the year before it', () => {
    expect(values('The mill reopened in 1984, two years after the flood, and had closed the previous year.', '1988-03-15').at(-1)).toEqual(['the previous year', '1983']);
  });

  it('"a year ago" before a figure stays one span', () => {
    expect(values('Shipments a year ago 12 pct lower were blamed on the strike.', '1988-03-15').map(([words]) => words)).toEqual(['a year ago']);
  });

  it('"the prior year" with words of its own after a decimal keeps the year before the one named', () => {
    expect(values('Inflation ran at 4.5 pct in 1986 and stayed there through the prior year.', '1988-03-15').at(-1)).toEqual(['the prior year', '1985']);
  });
});
