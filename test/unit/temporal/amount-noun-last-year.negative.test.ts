import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A year's figure set against "last year", with no quarter named, stays the year. Sentences
// written for these tests; published Monday 19 October 2026.
const values = (text: string) => tagTimexes(text, '2026-10-19').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: "last year" after an amount before its noun, negative cases', () => {
  it('"expects a 9 mln dlr profit this year, against a 4.3 mln dlr loss last year": the year', () => {
    expect(values('The mill expects a 9 mln dlr profit this year, against a 4.3 mln dlr loss last year.')).toEqual(['this year|2026', 'last year|2025']);
  });
});
