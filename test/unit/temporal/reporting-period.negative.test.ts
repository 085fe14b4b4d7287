import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';
import { tagged } from './helpers';

// What the reporting period must not do (issue 16). Tuesday 2024-10-22.
const TUE = '2024-10-22';

describe('tagTimexes: the reporting period is not over-applied', () => {
  it("'a year ago' with no figures beside it is the year before publication, not a quarter", () => {
    const text = 'Net profit for the third quarter climbed 8% to $12.4 million. The chief executive took office a year ago.';
    expect(tagged(text, TUE, 'a year ago')).toEqual({ text: 'a year ago', type: 'DATE', value: '2023' });
  });

  it("'a year earlier' beside figures in a story that named no period is a year, not a quarter", () => {
    expect(tagged('Shipments rose 7% from a year earlier.', TUE, 'a year earlier')).toEqual({ text: 'a year earlier', type: 'DATE', value: '2023' });
  });

  it('a comparison period the story computed does not become the period reported', () => {
    const text = 'Profit in the third quarter rose 8% to $5 million from $4 million a year earlier. Revenue fell 2% from the year-ago quarter.';
    expect(tagged(text, TUE, 'the year-ago quarter')?.value).toBe('2023-Q3');
  });

  it('a quarter named without figures is not the period reported', () => {
    const text = 'The plant will reopen in the first quarter. Exports rose 3% from a year earlier.';
    expect(tagged(text, TUE, 'a year earlier')?.value).not.toMatch(/Q/);
  });

  it("'the period' in a story that reported no period is not tagged", () => {
    expect(tagTimexes('Prices were stable during the period of talks.', TUE)).toEqual([]);
    expect(tagTimexes('Prices were stable during the period.', TUE)).toEqual([]);
  });

  it('an older period compared with does not replace the period reported', () => {
    const text = 'Net rose to $5 million in the third quarter from $4 million in last year\u2019s third quarter. Revenue fell from the prior-year quarter.';
    expect(tagged(text, TUE, 'the prior-year quarter')?.value).toBe('2023-Q3');
  });

  it("'the quarter' as a part of a city is not tagged in a story that reported no period", () => {
    expect(tagTimexes('The quarter was packed with tourists. The quarter\u2019s cafes stayed open.', TUE)).toEqual([]);
  });

  it("'the 2023 period' in a story that reported no period is the year 2023", () => {
    expect(tagged('Costs were lower in the 2023 period.', TUE, 'the 2023 period')?.value).toBe('2023');
  });

  it("'the year-ago quarter' after another comparison is not pushed back a second year", () => {
    const text = 'Profit in the third quarter rose 12% from a year earlier. Sales in the year-ago quarter were $3 million.';
    expect(tagged(text, '1989-10-24', 'the year-ago quarter')?.value).toBe('1988-Q3');
  });

  it("'the quarter' of past figures late in a quarter is not pushed back: a December story keeps the current quarter", () => {
    expect(tagged('Operating profit fell 8% in the quarter to $3 million.', '2024-12-10', 'the quarter')!.value).toBe('2024-Q4');
  });
});

describe('tagTimexes: a period and a later day that is not its end', () => {
  it('keeps a quarter whose sentence names another day after it as the quarter named', () => {
    const t = tagTimexes('Sales in the second quarter rose 4%, the company said on Aug. 31.', '2024-10-22');
    expect(t.find((x) => /quarter/.test(x.text))!.value).toBe('2024-Q2');
  });
});
