import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A quarter named by its months where wire copy broke its line after the hyphen ("July-\nSeptember
// 1987", read back as "July- September 1987"; reuters/fresh14's New Zealand unemployment).
// Sentences written for these tests.
describe('tagTimexes: a quarter named by its months across a broken line', () => {
  it('"July- September 1987" is the third quarter', () => {
    const got = tagTimexes('Retail sales in July- September 1987 rose 2 pct, the bureau said.', '1988-01-20').map((t) => [t.text, t.value]);
    expect(got).toContainEqual(['July- September 1987', '1987-Q3']);
  });
});
