import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "Dutch imports of Argentine soymeal in January were 34,663 tonnes, down from 41,365 tonnes in
// December but above the 13,375 tonnes in the year ago month": the month the sentence reports, its
// first, a year back, not the month named last; and a level stated "as of" a day is compared with
// that day a year back (reuters/fresh15's Dutch soymeal and palm oil). Sentences written for these tests.
const valueOf = (text: string, words: string) => tagTimexes(text, '1992-04-10').find((t) => t.text === words)?.value;

describe('tagTimexes: a comparison with the month or the day its sentence reports', () => {
  it('"the year-earlier month" is the sentence\'s first month a year back', () => {
    const text = 'Coffee exports in March were 1.2 mln bags, down from 1.4 mln bags in February and 1.5 mln bags in the year-earlier month.';
    expect(valueOf(text, 'the year-earlier month')).toBe('1991-03');
  });

  it('"a year ago" beside a level "as of" a day is that day', () => {
    expect(valueOf('Gold holdings as of March 31 stood at 3.1 billion dlrs, against 2.9 billion dlrs a year ago.', 'a year ago')).toBe('1991-03-31');
  });
});
