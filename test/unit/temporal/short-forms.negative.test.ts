import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the rules of this class must leave alone. The class: counts and periods written short ("two-
// and-a-half years", "this year or next") (issue 16). Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: short forms the session-12 rules leave alone', () => {
  it('"this week and next week" keeps two whole spans, and "next" before a noun is no period', () => {
    expect(values('Prices will firm this week and next week.', '1987-07-21')).toEqual([['this week', '1987-W30'], ['next week', '1987-W31']]);
    expect(values('Sales rose this year and next quarter looks better.', '1987-07-21').map(([words]) => words)).toEqual(['this year', 'next quarter']);
  });

  it('"the full year" before an amount takes no year from it', () => {
    expect(values('Net for the full year 1,986 mln dlrs short of target.', '1987-07-21').some(([words]) => /1,986/.test(words))).toBe(false);
  });
});
