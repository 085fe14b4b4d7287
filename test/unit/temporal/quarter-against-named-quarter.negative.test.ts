import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What a quarter set against the same quarter of a named year (quarter-against-named-quarter.test.ts)
// must leave alone: a quarter set against another quarter, or against the same quarter of a year
// its tense already put before it. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a quarter against another period', () => {
  it('"third quarter sales fell from ... in the second quarter of 1991" keeps the tense\'s 1991-Q3', () => {
    expect(values('Third quarter sales fell from 3 mln dlrs in the second quarter of 1991, the printer said.', '1992-02-04')).toEqual([
      ['Third quarter', '1991-Q3'],
      ['the second quarter of 1991', '1991-Q2'],
    ]);
  });
  it('"first quarter profit ... against ... in the first quarter of 1990" in May stays 1991-Q1', () => {
    expect(values('The printer posted first quarter profit of 2 mln dlrs against 1 mln dlrs in the first quarter of 1990.', '1991-05-06')).toEqual([
      ['first quarter', '1991-Q1'],
      ['the first quarter of 1990', '1990-Q1'],
    ]);
  });
});
