// A name with points before a relative clause is still read as a name (relative.ts). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('points that open no noun phrase', () => {
  it('a person named by initials keeps the clause on the person', () => {
    expect(labels('The board thanked J.R. Hollis, who retired in March after 30 years.')).toContain('J.R. Hollis retired after 30 years');
  });
});
