import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the year-comparison rule of year-comparisons.test.ts must not move: a sentence that names
// a year and then a quarter compares the quarter ("In 1989 it earned $5 million in the fourth
// quarter, up from $4 million a year earlier"); a year named in another sentence does not hold
// the next one's comparison; "the year-ago quarter" names its quarter. Wednesday 1990-01-24.
const WED = '1990-01-24';
const valueOf = (text: string, words: string) => tagTimexes(text, WED).find((t) => t.text === words)?.value;

describe('tagTimexes: comparisons the year rule leaves with the quarter', () => {
  it('a quarter named after the year in the sentence keeps the comparison a quarter', () => {
    expect(valueOf('Fourth-quarter net rose 9%. The company earned $5 million in the fourth quarter of 1989, up from $4 million a year earlier.', 'a year earlier')).toBe('1988-Q4');
  });

  it('a year stated in the sentence before does not move the next sentence\'s comparison', () => {
    const story = 'Fourth-quarter net rose 9%. Net for 1989 was $20 million. Revenue in the quarter rose to $90 million from $80 million a year earlier.';
    expect(valueOf(story, 'a year earlier')).toBe('1988-Q4');
  });

  it('"the year-ago quarter" in a year\'s sentence stays a quarter', () => {
    const story = 'Fourth-quarter net rose 9%. For the year, net was $20 million, and the year-ago quarter included a $2 million gain.';
    expect(valueOf(story, 'the year-ago quarter')).toBe('1988-Q4');
  });
});
