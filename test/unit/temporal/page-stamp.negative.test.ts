import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A word that looks like a weekday before a date it does not fall on, or the verb "wed", stays out
// of the date's span. Sentences written for these tests.
const texts = (text: string, published: string) => tagTimexes(text, published).map((t) => t.text);

describe("tagTimexes: a weekday before its date, negative cases", () => {
  it('"wed Dec. 14" (the verb, on a Wednesday) keeps the date alone', () => {
    expect(texts('The couple wed Dec. 14 in a small ceremony.', '2011-12-20')).toEqual(['Dec. 14']);
  });

  it('a weekday that is not the date\'s own stays out of its span', () => {
    expect(texts('The paper went to press Monday, March 6, 2009, a day late.', '2009-03-09')).toContain('March 6, 2009');
  });
});
