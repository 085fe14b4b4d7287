import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A month without a year in a present perfect with "now" ("has now passed a million users, having
// signed 40,000 in January") is the latest such month, not the next one after an older date the
// story named (read on t17/fresh2's Wired copy). Sentences written for these tests; published
// 2011-02-03.
const all = (text: string) => tagTimexes(text, '2011-02-03').map((t) => [t.text, t.value]);

describe('tagTimexes: a month in a present perfect of now', () => {
  it('"has now passed a million users, having signed 40,000 in January" is this January', () => {
    expect(all('The forum was bought in October 2006. It has now passed a million users, having signed 40,000 in January.')).toEqual([
      ['October 2006', '2006-10'],
      ['now', 'PRESENT_REF'],
      ['January', '2011-01'],
    ]);
  });
});
