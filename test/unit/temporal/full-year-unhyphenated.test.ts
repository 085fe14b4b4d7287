import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The wire writes the year reported "full year" without a hyphen before a figure's noun ("a
// strong full year result", "in full year dividend": reuters/check, fresh14). Sentences written
// for these tests.
describe('tagTimexes: "full year" before a figure\'s noun', () => {
  it('is the year reported', () => {
    const got = tagTimexes('The brewer said full year profit rose 8 pct in 1987.', '1988-03-10').map((t) => t.text);
    expect(got).toContain('full year');
  });

  it('told as reported in a year\'s first months, it is the year before', () => {
    const got = tagTimexes('TORONTO, March 9 - Maple Leaf Mills, earlier reporting lower full year earnings, said it would close a plant.', '1988-03-09').map((t) => [t.text, t.value]);
    expect(got).toContainEqual(['full year', '1987']);
  });
});
