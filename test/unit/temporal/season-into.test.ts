import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "well into the fall", "through the fall": a stretch reaching into the season names it (read on
// t17/fresh2's spill story). Sentences written for these tests; published 2016-06-03.
const all = (text: string) => tagTimexes(text, '2016-06-03').map((t) => [t.text, t.value]);

describe('tagTimexes: "fall" after "into" or "through"', () => {
  it('"will linger well into the fall" is this fall', () => {
    expect(all('The smoke will linger well into the fall, rangers said.')).toEqual([['the fall', '2016-FA']]);
  });
});
