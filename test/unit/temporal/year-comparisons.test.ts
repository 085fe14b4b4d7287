import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A comparison "a year earlier" in a sentence that states a year's figures (issue 16's
// comparison class, found on reuters/fresh4's K Mart story): results stories report a quarter
// and then the year ("For the year, ... from $18 million a year earlier"), and the year's
// comparison is the year before, not the quarter the story reports a year back. Stories written
// for these tests; Wednesday 1990-01-24.
const WED = '1990-01-24';
const valueOf = (text: string, words: string, nth = 0) => tagTimexes(text, WED).filter((t) => t.text === words)[nth]?.value;

describe('tagTimexes: a year compared in a year\'s figures', () => {
  it('"For the year, ... a year earlier" after fourth-quarter figures is the year before', () => {
    const story = 'Fourth-quarter net at the paper maker fell to $8 million from $11 million a year earlier. For the year, net rose to $41 million from $36 million a year earlier.';
    expect([valueOf(story, 'a year earlier', 0), valueOf(story, 'a year earlier', 1)]).toEqual(['1988-Q4', '1988']);
  });

  it('"Fiscal 1989 sales ... a year ago" is fiscal 1988', () => {
    const story = 'The retailer said fourth-quarter sales rose 6%. Fiscal 1989 sales reached $2.1 billion, up from $1.9 billion a year ago.';
    expect(valueOf(story, 'a year ago')).toBe('1988');
  });

  it('"In all of 1989, ... a year earlier" is 1988', () => {
    const story = 'The bank earned $30 million in the fourth quarter. In all of 1989, it earned $95 million, against $120 million a year earlier.';
    expect(valueOf(story, 'a year earlier')).toBe('1988');
  });
});
