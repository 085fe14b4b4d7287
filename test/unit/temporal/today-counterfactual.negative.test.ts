import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A forecast of the day told with "would still be" and no "if" or "had" is the day. Sentences
// written for these tests; published 2014-09-30.
const all = (text: string) => tagTimexes(text, '2014-09-30').map((t) => [t.text, t.value]);

describe('tagTimexes: "today" of a counterfactual, negative cases', () => {
  it('"officials said the bridge would still be shut today" is the day', () => {
    expect(all('Officials said the bridge would still be shut today.')).toEqual([['today', '2014-09-30']]);
  });
});
