import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A year that "began" in a month is one under way or gone, which the tense places. Sentences
// written for these tests; published Wednesday 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a year opening in a month, negative cases', () => {
  it('"the crop year that began in October"', () => {
    expect(values('Exports rose in the crop year that began in October.').filter((v) => v.startsWith('October'))).toEqual(['October|2025-10']);
  });
});
