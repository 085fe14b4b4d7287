import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of wire-session15.test.ts must leave as it was. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: months that make no quarter stay months', () => {
  it('"the May/June shipment" names two months of a trade', () => {
    expect(values('Egypt bought wheat for May/June shipment.', '1987-04-06')).toEqual([
      ['May', '1987-05'],
      ['June', '1987-06'],
    ]);
  });

  it('"from April to June" without "period" is two dates, the bounds of a change', () => {
    expect(values('Rates rose from April to June.', '1987-08-06')).toEqual([
      ['April', '1987-04'],
      ['June', '1987-06'],
    ]);
  });

  it('"January-April" spans no quarter', () => {
    expect(values('Car output in January-April fell 5 pct.', '1987-05-20').some((v) => /Q\d/.test(v[1]))).toBe(false);
  });

  it('"the July-September 15 window" ends on a day, no quarter', () => {
    expect(values('Bids are taken in the July-September 15 window.', '1987-05-20').some((v) => /Q\d/.test(v[1]))).toBe(false);
  });
});

describe('tagTimexes: a spelled number after a month that counts things', () => {
  it('"In May two airlines cut fares" names the month only', () => {
    expect(values('In May two airlines cut fares.', '1987-06-10')).toEqual([['May', '1987-05']]);
  });

  it('"During June three directors quit" names the month only', () => {
    expect(values('During June three directors quit.', '1987-07-10')).toEqual([['June', '1987-06']]);
  });
});

describe('tagTimexes: a half or quarter of something else is no half-year', () => {
  it('"the second half of the match" and "the first quarter of the game" are no dates', () => {
    expect(values('He scored twice in the second half of the match.', '1987-05-20')).toEqual([]);
    expect(values('They led after the first quarter of the game.', '1987-05-20')).toEqual([]);
  });

  it('"the first half of the year", "the second half of 1986" and "the second half of its fiscal year" stay half-years', () => {
    expect(values('Sales rose in the first half of the year.', '1987-08-20')).toEqual([['the first half of the year', '1987-H1']]);
    expect(values('Output slowed in the second half of 1986.', '1987-08-20')).toEqual([['the second half of 1986', '1986-H2']]);
    expect(values('Profit fell in the second half of its fiscal year.', '1987-08-20').at(0)?.[1]).toMatch(/^\d{4}-H2$/);
  });

  it('"a gain in the third quarter of 4.2 mln dlrs" keeps the quarter: the amount is the gain\'s', () => {
    expect(values('Alcan will book a gain in the third quarter of 4.2 mln dlrs.', '1987-06-20')).toEqual([['the third quarter', '1987-Q3']]);
  });
});

describe('tagTimexes: a dash that is no dateline\'s still joins a span', () => {
  it('"the sale runs May 12 - June 2" is one span of this year', () => {
    expect(values('The sale runs May 12 - June 2.', '1987-05-01')).toEqual([
      ['May 12', '1987-05-12'],
      ['June 2', '1987-06-02'],
    ]);
  });
});

describe('tagTimexes: the end of the quarter ahead', () => {
  it('"will close by the end of the quarter" in a story of last quarter\'s figures is the quarter under way', () => {
    expect(values('Gulf Canada said first quarter profit rose 8 pct.\nIt will close the sale by the end of the quarter.', '1987-04-24').at(-1)).toEqual(['the end of the quarter', '1987-Q2']);
  });
});

describe('tagTimexes: "march" as a verb beside traffic words', () => {
  it('"Pickets march miles" and "they will march traffic" name no month', () => {
    expect(values('Pickets march miles and will march traffic off the bridge.', '1987-05-06')).toEqual([]);
  });
});

describe('tagTimexes: a maturity told as run out keeps its tense', () => {
  it('"notes that were maturing on February 2 were repaid" is the day gone by', () => {
    expect(values('The notes that were maturing on February 2 were repaid in full.', '1987-04-10')).toEqual([['February 2', '1987-02-02']]);
  });

  it('a maturity with its year written keeps it', () => {
    expect(values('It sold bonds maturing on June 4, 1986, to a trust.', '1987-04-10')).toEqual([['June 4, 1986', '1986-06-04']]);
  });
});

describe('tagTimexes: a comparison in words where no period is reported', () => {
  it('"the mood is better than a year ago" stays the year back', () => {
    expect(values('Traders said the mood in the pits is better than a year ago.', '1987-10-14')).toEqual([['a year ago', '1986']]);
  });
});

describe('tagTimexes: "the whole of" before what is no year written', () => {
  it('"the whole of the 1980s" keeps the decade\'s span alone', () => {
    expect(values('Inflation stayed low for the whole of the 1980s.', '1991-02-11')).toEqual([['the 1980s', '198']]);
  });
});
