import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the business-wire rules must not read as dates (sentences written for these tests).
// the dates tagged (a duration such as "ninety-day" or an age is another parser's business)
const none = (sentence: string, published: string) => tagTimexes(sentence, published).filter((t) => t.type === 'DATE').map((t) => t.text);

describe('business wire phrasings that are no dates', () => {
  it('a count spelled out at the start of a sentence is no year', () => {
    expect(none('Twenty-five people were hurt when the scaffold fell.', '1999-03-01')).toEqual([]);
    expect(none('Two thousand workers marched on the capitol.', '1999-03-01')).toEqual([]);
    expect(none('Nineteen hundred tons of grain were shipped.', '1999-03-01')).toEqual([]);
    expect(none('Nineteen twenty-year-olds enlisted.', '1999-03-01')).toEqual([]);
  });

  it('a spelled count inside a sentence, after no word of time, is no year', () => {
    expect(none('The mill hired nineteen ninety-day temporary workers.', '1999-03-01')).toEqual([]);
    expect(none('Officials counted nineteen eighty votes twice.', '1999-03-01')).toEqual([]);
  });

  it("'the year's' before another noun is no end of year", () => {
    expect(none("The year's endless rains ruined the harvest.", '2024-06-12')).toEqual([]);
  });

  it('adjectives of frequency or time with no time meant are not tagged', () => {
    expect(none('The lender raised its quarterly dividend and named a current director to the board.', '2024-06-12')).toEqual([]);
    expect(none('Its annual report praised the daily newspaper and a recent hire.', '2024-06-12')).toEqual([]);
  });
});

describe('months of figures that do not move', () => {
  it('a month of figures to come that is neither the current nor the last one keeps its tense', () => {
    expect(tagTimexes('The chain expects December sales to beat last year.', '2024-10-02').find((t) => t.text === 'December')?.value).toBe('2024-12');
  });

  it('a month planned without figures keeps the next one', () => {
    expect(tagTimexes('The chain will open a store in January.', '2025-02-11').find((t) => t.text === 'January')?.value).toBe('2026-01');
  });
});

describe('quarters, decades and runs that are no dates', () => {
  it("a lower-case 'march quarter' or a month before another noun is no quarter", () => {
    expect(none('Protesters filled the march quarter of the old town.', '2024-10-30')).toEqual([]);
  });

  it("'the past decade' stays a span of ten years, not a decade's date", () => {
    expect(tagTimexes('Home prices doubled over the past decade.', '2024-05-02').find((t) => t.text === 'the past decade')?.type).toBe('DURATION');
  });

  it("a run that is no time ('a long run of losses', 'the short run-up') is not tagged", () => {
    expect(none('The team ended a long run of losses.', '2024-05-02')).toEqual([]);
    expect(none('Shares fell after the short run-up.', '2024-05-02')).toEqual([]);
  });
});

describe('a year back that is no reported period', () => {
  it("'a year ago' in a results story, in a sentence of no figures, is the year back", () => {
    const text = 'Brandt Optics said third-quarter net income rose 9% to $5.3 million. A year ago, its founder retired.';
    expect(tagTimexes(text, '1989-10-24').find((t) => t.text === 'A year ago')?.value).toBe('1988');
  });

  it("'profit a year ago' in a story that reports no period is the year back", () => {
    expect(tagTimexes('Profit a year ago was cut by a recall, the founder recalled.', '1989-10-24').find((t) => t.text === 'a year ago')?.value).toBe('1988');
  });
});

describe('periods before another time that are no year-back comparison', () => {
  it("'the week a year' of a rate is no comparison period", () => {
    expect(tagTimexes('Kestrel runs the plant for 50 weeks a year.', '1989-10-24').map((t) => t.text)).not.toContain('the week a year');
  });

  it("'the period' before 'the year' of something else stays the period", () => {
    const text = 'Kestrel Paper said third-quarter profit fell 15% to $31 million. In the period the year-old mill ran at capacity.';
    expect(tagTimexes(text, '1989-10-24').find((t) => t.text === 'the period')?.value).toBe('1989-Q3');
  });
});

describe('quarters and months of results stories that stay as their tense places them', () => {
  it('a projected quarter other than the one reported keeps its tense', () => {
    const text = '* Harbor Rail Q2 loss 8 mln euros. The railway expects a strong first quarter.';
    expect(tagTimexes(text, '2024-07-25').find((t) => t.text === 'first quarter')?.value).toBe('2025-Q1');
  });

  it('in a story of monthly figures a later month still becomes the period reported', () => {
    const text = 'Exports rose 3 percent in March. In April, exports rose 5 percent. The month saw record shipments.';
    expect(tagTimexes(text, '2024-05-14').find((t) => t.text === 'The month')?.value).toBe('2024-04');
  });

  it("a 'yr' that is no year-ago is not tagged", () => {
    expect(tagTimexes('The martyr-ago memorial drew crowds.', '2024-05-14')).toEqual([]);
  });
});

describe('weekdays after a would that still look ahead', () => {
  it("'would not reopen until Monday' is the coming Monday", () => {
    expect(tagTimexes('The refinery would not reopen until Monday, the company said.', '1989-11-07').find((t) => t.text === 'Monday')?.value).toBe('1989-11-13');
  });

  it("'would announce its decision Thursday' keeps its own reading, not the refusal's past", () => {
    expect(tagTimexes('The board would announce its decision Thursday.', '1989-11-07').find((t) => t.text === 'Thursday')?.value).toBe('1989-11-09');
  });
});

describe('fiscal-year as no date', () => {
  it("'fiscal-year' before a noun that is no figure ('fiscal-year end', 'fiscal-year calendar') is not tagged", () => {
    expect(none('The fiscal-year calendar differs by company.', '1989-11-02')).toEqual([]);
  });
});

describe("'on the week' that measures no move", () => {
  it("'commented on the week' and 'focus on the year' are no dates", () => {
    expect(none('The minister commented on the week of talks.', '1989-11-10')).toEqual([]);
    expect(none('The fund will focus on the year ahead.', '1989-11-10')).toEqual([]);
  });
});

describe('streaks that keep the day they are told on', () => {
  it('a streak of days in a sentence naming a month still counts the day named', () => {
    const found = tagTimexes('Stocks fell on Thursday for a third straight day, their worst run since March.', '2024-04-05').find((t) => t.text === 'a third straight day');
    expect(found?.value).toBe('2024-04-04');
  });

  it('a streak of months in a sentence naming two months takes neither', () => {
    const found = tagTimexes('Orders fell in February after rising in January, the fifth straight month of swings, the ministry said on Thursday.', '2024-04-05').find((t) => t.text === 'the fifth straight month');
    expect(found?.value).toBe('2024-04');
  });
});

describe('month spans that are no quarter', () => {
  it("'the January-June quarter' names no quarter and is not read as one", () => {
    expect(none('Sales fell in the January-June quarter, a typo for the half.', '2024-07-30')).not.toContain('the January-June quarter');
  });

  it("'the June period' without a span of months is no quarter", () => {
    expect(none('The June period of mourning ended.', '2024-07-30')).not.toContain('the June period');
  });
});

describe('amounts after at least', () => {
  it("'at least 2026 workers' after no bound on a date is an amount", () => {
    expect(none('The strike idled at least 2026 of its staff.', '2024-07-30')).toEqual([]);
  });
});
