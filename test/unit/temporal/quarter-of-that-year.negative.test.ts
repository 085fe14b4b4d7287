import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests.
describe('tagTimexes: a quarter of that year, negative cases', () => {
  it('a quarter of this year is not moved to a year named before it', () => {
    const got = tagTimexes('The chain bought 40 stores in 1985. It expects more in the fourth quarter of this year.', '1988-03-01').map((t) => t.value);
    expect(got).not.toContain('1985-Q4');
  });
});
