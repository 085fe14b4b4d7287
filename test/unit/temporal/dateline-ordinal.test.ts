import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// "BOSTON, March 11 - First Harbour Bank said": a capitalised ordinal after a dateline's dash opens
// the text, no end day of a span. Sentences written for these tests; published 11 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-11').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: a capitalised ordinal after a dash is no day', () => {
  it('"March 11 - First Harbour Bank"', () => {
    expect(values('BOSTON, March 11 - First Harbour Bank said it would open two branches.')).toEqual(['March 11|2026-03-11']);
  });
});
