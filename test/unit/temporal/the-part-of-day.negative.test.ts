import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the part-of-day rule (the-part-of-day.test.ts) leaves alone: a part of a day named after
// it ("the morning of March 3"), and "the night before", which counts back from another day.
const SUN = '2022-03-13';

describe('tagTimexes: parts of day that name their own day', () => {
  it('"the morning of March 3" is March 3', () => {
    expect(tagTimexes('In the morning of March 3 the pass was closed.', SUN).map((t) => t.text)).not.toContain('the morning');
  });
  it('"the morning and afternoon sessions" are sessions, no time', () => {
    expect(tagTimexes('The witness testified during the morning and afternoon sessions.', SUN).map((t) => t.text)).not.toContain('the morning');
  });
  it('"the night before" is not the story day', () => {
    expect(tagTimexes('Police had sealed the road during the night before, a resident said.', SUN).map((t) => t.text)).not.toContain('the night');
  });
});
