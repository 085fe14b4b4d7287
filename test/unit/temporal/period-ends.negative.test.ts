import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: the end of a period: "quarter's end" in
// a results story, a year-end with its year, the end of a period still under way (issue 16).
// Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the end of the quarter ahead', () => {
  it('"will close by the end of the quarter" in a story of last quarter\'s figures is the quarter under way', () => {
    expect(values('Gulf Canada said first quarter profit rose 8 pct.\nIt will close the sale by the end of the quarter.', '1987-04-24').at(-1)).toEqual(['the end of the quarter', '1987-Q2']);
  });
});

describe('tagTimexes: ends that are past, and possessives that name no end', () => {
  it('"the year ended September" keeps its past end', () => {
    expect(values('Spending rose 4.5 pct in the year ended September, the treasury said.', '1987-02-11')).toEqual([
      ['the year', '1986'],
      ['September', '1986-09'],
    ]);
  });
});
