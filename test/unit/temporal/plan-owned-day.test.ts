import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "called on its followers to continue with Thursday's planned march": a day named as the owner
// of a plan is the day the plan is for, ahead (read on t17/fresh1's Yemen story). Sentences
// written for these tests; published Wednesday 1996-10-09.
const valueOf = (text: string, words: string) => tagTimexes(text, '1996-10-09').find((t) => t.text === words)?.value;

describe("tagTimexes: a plan's day named as its owner", () => {
  it('"urged members to join Saturday\'s planned rally" is the Saturday ahead', () => {
    expect(valueOf("The union urged members to join Saturday's planned rally, a spokesman said.", 'Saturday')).toBe('1996-10-12');
  });

  it('"ahead of Friday\'s scheduled vote" is the Friday ahead, in a past sentence', () => {
    expect(valueOf("Lawmakers met late into the night ahead of Friday's scheduled vote.", 'Friday')).toBe('1996-10-11');
  });
});
