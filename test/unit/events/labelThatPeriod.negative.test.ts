// A saying's "that" before a period word is the saying's, not the period's (label.ts). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a saying’s "that"', () => {
  it('is not taken for the period’s determiner', () => {
    expect(labels('The coach said that summer training starts in June.').some((l) => /^The coach said\b/.test(l) && !/\bthat\b/.test(l) && /summer/.test(l))).toBe(false);
  });
});
