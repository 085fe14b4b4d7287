import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the wire-copy rules must not do (sentences written for these tests).
const texts = (sentence: string, published: string) => tagTimexes(sentence, published).map((t) => t.text);

describe('a season naming a kind of crop or clothing', () => {
  it.each([
    ['winter wheat', 'Farmers planted more winter wheat than the department had expected.'],
    ['spring crops', 'Credit for spring crops will be easier to obtain, the bank said.'],
    ['winter clothing', 'Demand for winter clothing stayed weak at department stores.'],
    ['spring merchandise', 'Higher priced spring merchandise lifted apparel prices.'],
  ])("'%s' is no date", (_name, sentence) => {
    expect(texts(sentence, '1988-02-18')).toEqual([]);
  });

  it("a season that is a time stays one ('in the winter')", () => {
    expect(texts('Stocks ran low in the winter.', '1988-02-18')).toEqual(['the winter']);
  });
});

describe('a month and its year written apart', () => {
  it("'October of next year' stays two dates", () => {
    expect(texts('The licences run out after October of next year.', '1988-02-18')).toEqual(['October', 'next year']);
  });

  it("'the year to March' leaves the year to the month", () => {
    expect(texts('Inflation was 3.4 pct in the year to March.', '1988-04-12')).toEqual(['March']);
  });
});

describe('figures in wire abbreviations', () => {
  it("'a year earlier' with no month or quarter reported stays a year", () => {
    expect(tagTimexes('The fund held 40 mln dlrs, up from 32 mln a year earlier.', '1988-04-12').map((t) => t.value)).toEqual(['1987']);
  });

  it("'the month' in a story that reports a quarter is not the quarter", () => {
    const values = tagTimexes('Profit rose to 8 mln dlrs in the first quarter. Sales for the month of March rose 3 pct.', '1988-04-20').map((t) => t.value);
    expect(values).not.toContain('1988-Q1'.repeat(2));
    expect(values[0]).toBe('1988-Q1');
  });
});

describe('months of shipments already made', () => {
  it("'shipped the cargo in March' stays in the past", () => {
    expect(tagTimexes('Exporters shipped the last cargo in March.', '1988-02-10').map((t) => t.value)).toEqual(['1987-03']);
  });

  it("'June shipments rose' in a past report is last June", () => {
    expect(tagTimexes('Exporters said June shipments rose 4 pct.', '1988-05-10').map((t) => t.value)).toEqual(['1987-06']);
  });
});

describe('a date after "since" that is no record', () => {
  it('still sets the year of the narrative that follows', () => {
    const story = 'The two climbers have not been heard from since March 2, 1986. On March 9, a search team found their tent.';
    expect(tagTimexes(story, '1988-02-01').map((t) => t.value)).toEqual(['1986-03-02', '1986-03-09']);
  });
});

describe("'last year's' beside a year's figures", () => {
  it('stays the year before publication', () => {
    expect(tagTimexes('Growth will slow to 2.7 pct this year, down from last year\'s 3.4 pct, the fund said.', '1988-10-11').map((t) => t.value)).toEqual(['1988', '1987']);
  });
});

describe('a saying dated by its own day', () => {
  it("'said Friday it will close' keeps Friday the day of the saying", () => {
    expect(tagTimexes('The brewer said Friday it will close the Denver plant.', '1989-10-24').map((t) => t.value)).toEqual(['1989-10-20']);
  });
});

describe("'the year' of a forecast", () => {
  it('is not moved back to the year reported', () => {
    const story = 'Profit in the fourth quarter rose 5 pct to 12 mln dlrs. The company expects sales to fall 3 pct during the year.';
    expect(tagTimexes(story, '1987-01-26').map((t) => t.value)).toEqual(['1986-Q4', '1987']);
  });
});

describe('fractions of money market rates and share prices', () => {
  it.each([
    ['Call money traded at 6-5/16 to 6-9/16 pct.'],
    ['The shares rose 1-1/8 to 48-3/4.'],
  ])('%j holds no date', (sentence) => {
    expect(texts(sentence, '1987-03-06')).toEqual([]);
  });
});

describe("'the fiscal year' of figures already reported", () => {
  it('stays the year the story named', () => {
    const story = 'For the year ended Sept. 30, 1986, the lessor earned 9.1 mln dlrs. Sales for the fiscal year rose 5 pct.';
    expect(tagTimexes(story, '1987-03-02').map((t) => t.value)).toEqual(['1986', '1986-09-30', '1986']);
  });
});

describe('a decade written with an apostrophe', () => {
  it("'the 1980's' is no single year", () => {
    expect(tagTimexes("Rates were high through much of the 1980's.", '1988-02-18').map((t) => t.value)).not.toContain('1980');
  });
});

describe('a count after a month named relative to publication', () => {
  it("'last May 5 pct' takes no day", () => {
    expect(texts('Prices rose last May 5 pct, the bureau said.', '1987-04-09')).toEqual(['last May']);
  });
});

describe("a possessive year before something other than a quarter", () => {
  it("'1986's downgrades' stays the year alone", () => {
    expect(texts("S and P said 1986's downgrades were concentrated in industry.", '1987-03-06')).toEqual(['1986']);
  });
});
