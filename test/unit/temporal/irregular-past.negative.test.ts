import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// The present or future of the same verbs still looks ahead. Sentences written for these tests;
// published Saturday 14 March 2026.
const values = (text: string) => tagTimexes(text, '2026-03-14').map((t) => `${t.text}|${t.value}`);

describe('tagTimexes: irregular pasts, negative cases', () => {
  it('"will undergo surgery Thursday" is the coming Thursday', () => {
    expect(values('The goalkeeper will undergo knee surgery Thursday.')).toEqual(['Thursday|2026-03-19']);
  });
  it('"is scheduled to oversee ... Monday" is the coming Monday', () => {
    expect(values('The new chief is scheduled to oversee the count Monday.')).toEqual(['Monday|2026-03-16']);
  });
});
