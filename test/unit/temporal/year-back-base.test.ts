import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The base of a comparison written with the wire's adjectives: "from year-ago 40 cts", "against
// year-earlier 2.1 mln dlrs", and "the prior year" or "the previous year" right after a compared
// amount ("from 3.4 mln dlrs in the prior year"), beside a quarter's figures, are that quarter one
// year back (issue 16: comparison periods in results stories, read on reuters/fresh12). Sentences
// written for these tests; negatives in year-back-base.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: the wire\'s year-back adjective before an amount', () => {
  it('"from year-ago 40 cts" after a third quarter\'s figures is that quarter a year back', () => {
    expect(values('Third quarter earnings per share rose to 52 cts from year-ago 40 cts.', '1988-10-25')).toEqual([
      ['Third quarter', '1988-Q3'],
      ['year-ago', '1987-Q3'],
    ]);
  });

  it('"year earlier" without its hyphen before an amount', () => {
    expect(values('Second quarter deposits grew to 3.1 billion dlrs against year earlier 2.8 billion dlrs.', '1988-07-21').at(-1)).toEqual(['year earlier', '1987-Q2']);
  });
});

describe('tagTimexes: the year-back adjective beside a year\'s figures', () => {
  it('"1987 net rose to 2.3 mln dlrs from year-earlier 1.9 mln dlrs" compares with 1986', () => {
    expect(values('Fourth quarter sales were flat. The brewer said 1987 net rose to 2.3 mln dlrs from year-earlier 1.9 mln dlrs.', '1988-02-23').slice(-2)).toEqual([
      ['1987', '1987'],
      ['year-earlier', '1986'],
    ]);
  });
});

describe('tagTimexes: "the prior year" as the base of a compared amount', () => {
  it('"from 3.4 mln dlrs in the prior year" beside a quarter\'s figures', () => {
    expect(values('Fourth quarter operating income climbed to 4.6 mln dlrs from 3.4 mln dlrs in the prior year.', '1988-02-09')).toEqual([
      ['Fourth quarter', '1987-Q4'],
      ['the prior year', '1986-Q4'],
    ]);
  });

  it('"the prior year" after a year\'s figures in a story that reports a quarter is the year before', () => {
    expect(values('Fourth quarter net fell 3 pct. Sales for the 1987 fiscal year climbed 6 pct to 4.1 billion dlrs from 3.87 billion dlrs the prior year.', '1988-02-17').slice(-2)).toEqual([
      ['the 1987 fiscal year', '1987'],
      ['the prior year', '1986'],
    ]);
  });

  it('"the previous year" after an amount in a story of a year\'s figures is the year before', () => {
    expect(values('The insurer lost 31.5 mln dlrs in 1987, against a loss of 12.25 mln dlrs the previous year.', '1988-03-15')).toEqual([
      ['1987', '1987'],
      ['the previous year', '1986'],
    ]);
  });
});
