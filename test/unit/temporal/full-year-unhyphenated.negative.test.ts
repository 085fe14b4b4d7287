import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests.
describe('tagTimexes: "full year" with no figure after it, negative cases', () => {
  it('"for a full year" is a length, not the year reported', () => {
    const got = tagTimexes('The plant will stay shut for a full year.', '1988-03-10').map((t) => [t.text, t.type]);
    expect(got).toEqual([['a full year', 'DURATION']]);
  });

  it('a full year still to be reported in the year\'s first months is not sent back', () => {
    const got = tagTimexes('The brewer said it expects full year earnings to rise 10 pct.', '1988-03-10').map((t) => [t.text, t.value]);
    expect(got).toContainEqual(['full year', '1988']);
  });
});
