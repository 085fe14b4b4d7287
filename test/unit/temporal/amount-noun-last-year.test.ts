import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The wire writes an amount before its noun ("an 8.2 mln dlr profit"); "last year" right after
// such a figure set against a quarter's is that quarter a year back, as after "8.2 mln dlrs".
// Sentences written for these tests; published Monday 19 October 2026.
const values = (text: string) => tagTimexes(text, '2026-10-19').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: "last year" after an amount before its noun', () => {
  it('"a third quarter loss ..., against a 4.3 mln dlr profit last year"', () => {
    expect(values('The mill posted a third quarter loss of 2.1 mln dlrs, against a 4.3 mln dlr profit last year.')).toEqual(['third quarter|2026-Q3', 'last year|2025-Q3']);
  });
});
