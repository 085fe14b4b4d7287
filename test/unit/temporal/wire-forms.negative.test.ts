import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the wire-form rules of wire-forms.test.ts must not do: a plural count of years stays a
// span ("2000 years"), a hyphened count before a noun stays a span ("a 1000-year flood"); a
// fraction of a rate is no duration ("5-1/2 pct"); a narrative's "was at this moment" is no
// present; "to date" alone names no year. 1987-04-21.
const TUE = '1987-04-21';
const values = (text: string) => tagTimexes(text, TUE).map((t) => [t.text, t.type, t.value]);

describe('tagTimexes: what the wire forms leave alone', () => {
  it('"2000 years" stays a count of years', () => {
    expect(values('The temple stood for 2000 years.')).toEqual([['2000 years', 'DURATION', 'P2000Y']]);
  });

  it('"a 1000-year flood" stays a span, not the year 1000', () => {
    expect(values('Engineers called it a 1000-year flood.')).toEqual([['1000-year', 'DURATION', 'P1000Y']]);
  });

  it('"rose 5-1/2 pct" is a figure with no time', () => {
    expect(values('Prime rates rose to 7-1/2 pct.')).toEqual([]);
  });

  it('"to date" without "year" names no year', () => {
    expect(values('The label has sold 3 mln copies to date.')).toEqual([]);
  });

  it('"It was at this moment that" in a narrative is no present', () => {
    expect(values('It was at this moment that the guards opened fire.')).toEqual([]);
  });
});
