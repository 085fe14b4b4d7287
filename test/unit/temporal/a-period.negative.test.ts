import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A term before another noun stays the term's words. Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1992-05-20').map((t) => `${t.text}|${t.type}|${t.value}`);

describe('tagTimexes: a stretch named with "a" and "period", negative cases', () => {
  it('"a three-year contract" tags the term only', () => {
    expect(tagged('The union signed a three-year contract.')).toEqual(['three-year|DURATION|P3Y']);
  });
});
