import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// With no breakdown named, "after the weekend" of a plan is the weekend ahead. Sentences written
// for these tests; published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a breakdown named by its date, negative cases', () => {
  it('"will resume after the weekend"', () => {
    expect(values('Pay talks will resume after the weekend.')).toEqual(['the weekend|2026-W11-WE']);
  });
});
