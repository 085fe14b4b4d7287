import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// A count of quarters is no pair of them. Sentences written for these tests.
const tagged = (text: string) => tagTimexes(text, '1991-05-14').map((t) => `${t.text}|${t.type}|${t.value}`);

describe('tagTimexes: two quarters under one plural noun, negative cases', () => {
  it('"the first three quarters of 1990" stays one duration', () => {
    expect(tagged('Sales grew in the first three quarters of 1990.')).toEqual(['the first three quarters of 1990|DURATION|P3Q']);
  });
});
