import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month's abbreviation in capitals inside mixed-case copy (issue 16, read on the 1987 wire splits
// reuters/fresh6-fresh11 after their first scores). Sentences written for these tests; negative
// cases in month-abbreviations.negative.test.ts.
const values = (text: string, published: string) => tagTimexes(text, published).map((t) => [t.text, t.value]);

describe('tagTimexes: a month\'s abbreviation in capitals inside mixed-case copy', () => {
  it('is a company\'s initials ("compared Wang with DEC", "Orders at DEC and Prime")', () => {
    expect(values('Analysts compared Wang with DEC, whose shares rose on the news.', '1987-05-12')).toEqual([]);
    expect(values('Orders at DEC and Prime rose sharply.', '1987-05-12')).toEqual([]);
  });
});
