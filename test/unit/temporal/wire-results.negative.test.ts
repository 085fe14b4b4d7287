import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// What the results-story and reported-plan rules must not do (sentences written for these tests).
const texts = (sentence: string, published: string) => tagTimexes(sentence, published).map((t) => t.text);

describe('periods that end in something other than a day', () => {
  it("'the quarter ended in' a result is no date", () => {
    expect(texts('Trading in the quarter ended in a rout for copper.', '1991-07-23')).toEqual([]);
  });

  it("'the fiscal year ended with' a loss is no date", () => {
    expect(texts('The fiscal year ended with a loss of $4 million at the mill.', '1991-07-23')).toEqual([]);
  });
});

describe('ahead of something is no vague future', () => {
  it("'the weeks ahead of the vote' is not tagged", () => {
    expect(texts('In the weeks ahead of the vote, unions ran radio ads.', '1992-06-16')).toEqual([]);
  });
});

describe('reported plans and their limits', () => {
  it("'would have' after a reporting verb still looks back", () => {
    expect(tagged('The company said it would have closed the plant in June without the loan.', '1991-03-12', 'June')!.value).toBe('1990-06');
  });

  it("'would not comment' after 'said' is still a refusal made", () => {
    expect(tagged('A spokesman said he would not comment Monday on the report.', '1991-03-13', 'Monday')!.value).toBe('1991-03-11');
  });

  it("the month of the saying, before 'it would', stays in the past", () => {
    expect(tagged('The company said in November it would close the plant.', '1991-03-12', 'November')!.value).toBe('1990-11');
  });

  it("'last year's third quarter' beside third-quarter results told in October is not moved two years back", () => {
    expect(tagged('Third-quarter profit rose to $9 million from $7 million in last year\'s third quarter.', '1993-10-19', "last year's third quarter")!.value).toBe('1992-Q3');
  });
});

describe('the half and overnight where no time is meant', () => {
  it("'the half' in a story that reports no period is no date", () => {
    expect(texts('The striker scored twice in the half and was substituted.', '1993-01-05')).toEqual([]);
  });

  it("'the half' after a month's figures is left undecided", () => {
    expect(texts('Retail sales rose 2% in July to $140 billion. Spending in the half was uneven.', '1993-08-13')).toEqual(['July']);
  });

  it("'overnight at' a rate is money lent for a night, no time", () => {
    expect(texts('Banks lent to each other overnight at 3 1/4%.', '1993-01-05')).toEqual([]);
  });

  it("'overnight by' or 'into' is not read as a night", () => {
    expect(texts('No company changes its culture overnight by rewriting a manual.', '1993-01-05')).toEqual([]);
  });
});

describe('comparisons that keep a finer date', () => {
  it("'the same day last year' after a day keeps the day", () => {
    expect(tagged('Store traffic on Nov. 24 was up 3% from the same day last year.', '1990-11-27', 'the same day last year')!.value).toBe('1989-11-24');
  });

  it("'the same period last year' after a month keeps the month", () => {
    expect(tagged('Car sales in March were 4% below the same period last year.', '1990-04-03', 'the same period last year')!.value).toBe('1989-03');
  });
});

describe('a quarter before last year that is no comparison', () => {
  it("'the second half last year' in a January story with no half reported keeps its own year", () => {
    expect(tagged('Demand for chips was weak in the second half last year, the trade group said.', '1993-01-12', 'the second half last year')!.value).toBe('1992-H2');
  });

  it("'last year's' after a quarter is not taken into it", () => {
    expect(texts("Sales in the first quarter beat last year's record.", '1993-05-12')).toEqual(['the first quarter', 'last year']);
  });
});

describe('appointments that may have passed', () => {
  it("'had set a hearing for Monday' is not moved ahead", () => {
    expect(tagged('The judge had set a hearing for Monday, but the lawyers settled.', '1993-06-09', 'Monday')!.value).toBe('1993-06-07');
  });
});

describe('dates before nouns that name no disaster', () => {
  it("'the Nov. 3 election' keeps the side its sentence gives", () => {
    expect(tagged('Both parties will spend heavily before the Nov. 3 election.', '1987-02-10', 'Nov. 3')!.value).toBe('1987-11-03');
  });
});
