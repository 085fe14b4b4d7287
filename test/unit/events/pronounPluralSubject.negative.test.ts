// A plural opening the sentence before is no "it", and a word in -ss or -us is no plural.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-07-01') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a bare plural that a pronoun does not go on with', () => {
  it('is not an "it"', () => {
    const found = labels('The bakery cut its prices last month. But sales have fallen since. It closed its last shop on Thursday.');
    expect(found.some((l) => /^Sales closed/.test(l))).toBe(false);
  });
});
