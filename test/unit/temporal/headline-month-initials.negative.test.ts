import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What stays a word: "march" the walk and "may" the modal in lower case before initials or a
// product, and a headline's modal before a verb. Sentences written for these tests.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: month words before initials that are no month', () => {
  it('lower-case "march" and "may" before initials or a product stay words', () => {
    expect(values('Strikers will march U.K. truck drivers to the depot, and they may car-pool.', '1991-06-12')).toEqual([]);
  });

  it('a headline\'s modal before a verb: "FORD MAY CUT U.S. CAR OUTPUT" names no month', () => {
    expect(values('FORD MAY CUT U.S. CAR OUTPUT', '1991-06-12')).toEqual([]);
  });
});
