import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A pair of weekdays ahead runs forward: the second follows the first, even when the first lies
// in the week after publication. Sentences written for these tests; published Thursday 12 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-12').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: the second weekday of a pair ahead follows the first', () => {
  it('"will be followed on Wednesday and Thursday" in a Thursday story: next week\'s two days', () => {
    expect(values('That auction will be followed on Wednesday and Thursday by two smaller sales.')).toEqual(['Wednesday|2026-03-18', 'Thursday|2026-03-19']);
  });
  it('"next Tuesday or Wednesday"', () => {
    expect(values('The jury may return its verdict next Tuesday or Wednesday.')).toEqual(['next Tuesday|2026-03-17', 'Wednesday|2026-03-18']);
  });
});
