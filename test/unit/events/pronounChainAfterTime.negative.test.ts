// Where a chain of "it" is not followed back (pronoun.ts, goesOn). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a sentence before that opens on another subject', () => {
  it('breaks the chain: its "it" is not the co-op', () => {
    const text = 'The co-op sold grain to mills in the north. A storm hit the coast in May.\n\nOn Monday it closed the depot.';
    expect(labels(text)).not.toContain('The co-op closed the depot');
  });
});

describe('a copula that any "it" may open', () => {
  it('does not carry the chain', () => {
    const text = 'The co-op sold grain to mills in the north. It was a cold year.\n\nOn Monday it closed the depot.';
    expect(labels(text)).not.toContain('The co-op closed the depot');
  });
});
