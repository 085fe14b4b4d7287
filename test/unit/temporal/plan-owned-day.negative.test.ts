import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A plan's day the sentence tells has come, and a possessive day that owns no plan, keep their
// own side. Sentences written for these tests; published Wednesday 1996-10-09.
const valueOf = (text: string, words: string) => tagTimexes(text, '1996-10-09').find((t) => t.text === words)?.value;

describe("tagTimexes: a plan's day named as its owner, negative cases", () => {
  it('"Sunday\'s planned rally went ahead" has happened', () => {
    expect(valueOf("Sunday's planned rally went ahead without incident.", 'Sunday')).toBe('1996-10-06');
  });

  it('"Monday\'s attack" owns no plan', () => {
    expect(valueOf("Police are still searching for the gunmen behind Monday's attack.", 'Monday')).toBe('1996-10-07');
  });
});
