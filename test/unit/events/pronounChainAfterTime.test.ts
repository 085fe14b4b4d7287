// An "it" or "they" that goes on from a sentence which itself went on with it after a phrase of
// time ("In 2019 it opened ...") is named by the subject the chain started from (pronoun.ts,
// goesOn). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a chain of "it" back to a named subject', () => {
  it('follows a sentence that goes on with the pronoun', () => {
    const text = 'The co-op sold grain to mills in the north. It opened a depot in Tromsø.\n\nOn Monday it closed the depot.';
    expect(labels(text)).toContain('The co-op closed the depot');
  });
  it('follows a sentence that opens on a phrase of time and then the pronoun', () => {
    const text = 'The co-op sold grain to mills in the north. In 2019 it opened a depot in Tromsø.\n\nOn Monday it closed the depot.';
    expect(labels(text)).toContain('The co-op closed the depot');
  });
});
