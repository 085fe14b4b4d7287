import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A statistics story sets its month's figure below or above an amount of the same month a year
// before ("38.5 pct below the 168.6 mln dlrs in new orders for February 1986"): that dated amount
// is a base, no step of a narrative, and the month reported next keeps its own year (read on
// reuters/fresh14's machine tool orders, the class of session 18's figure-beside). Sentences
// written for these tests.
describe('tagTimexes: a figure set below a dated amount', () => {
  it('leaves the next bare month in the year reported', () => {
    const story = 'Crane orders totaled 52.1 mln dlrs in March, 12.4 pct below the 59.5 mln dlrs in new orders for March 1987. The backlog in March was 410 mln dlrs.';
    const got = tagTimexes(story, '1988-04-20').map((t) => [t.text, t.value]);
    expect(got[got.length - 1]).toEqual(['March', '1988-03']);
  });
});
