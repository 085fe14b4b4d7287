import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "if Michael would have embraced Islam he would still be here today": a present set against what
// might have been is how things are now, PRESENT_REF, no day's news (read on t17/fresh1's BBC story).
// Sentences written for these tests; published 2014-09-30.
const all = (text: string) => tagTimexes(text, '2014-09-30').map((t) => [t.text, t.value]);

describe('tagTimexes: "today" of a counterfactual', () => {
  it('"if the levee had held, the town would still be standing today" is nowadays', () => {
    expect(all('If the levee had held, the town would still be standing today.')).toEqual([['today', 'PRESENT_REF']]);
  });
});
