import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// Sentences written for these tests.
describe('tagTimexes: a figure set below a dated amount, negative cases', () => {
  it('a narrative that moves to a dated year still carries its next month there', () => {
    const story = 'The mill closed in March 1985 after a fire. It reopened in June, the owners said.';
    const got = tagTimexes(story, '1988-04-20').map((t) => [t.text, t.value]);
    expect(got).toContainEqual(['June', '1985-06']);
  });
});
