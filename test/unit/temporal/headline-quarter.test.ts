import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A wire headline names the quarter its story reports without the year, and the lead gives it
// (issue 16's reported period; read on reuters/fresh13's FHLBB and fresh14's New Zealand
// unemployment). Stories written for these tests.
const pairs = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a headline quarter the lead names with its year', () => {
  it('a quarter named by its last month takes the quarter the lead ends on a day', () => {
    const story = 'IRISH JOBLESS RATE STEADY IN SEPTEMBER QUARTER\n\nDUBLIN, Jan 9 - Ireland\'s unemployment rate was 18.2 pct in the quarter ended September 30, the same as in the previous quarter, the statistics office said.';
    expect(pairs(story, '1989-01-09')).toContainEqual(['SEPTEMBER QUARTER', '1988-Q3']);
  });

  it('in the next year, the headline quarter and the comparisons after it follow the lead', () => {
    const story = 'SAVINGS BANKS POST LOSSES IN THIRD QUARTER\n\nWASHINGTON, Feb 3 - Savings banks lost 1.2 billion dlrs in the third quarter of 1987, the agency said. The year-earlier quarter showed a profit of 200 mln dlrs.';
    const got = pairs(story, '1988-02-03');
    expect(got).toContainEqual(['THIRD QUARTER', '1987-Q3']);
    expect(got).toContainEqual(['The year-earlier quarter', '1986-Q3']);
  });
});
