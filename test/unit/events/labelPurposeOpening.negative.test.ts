// Openings on "To" that are no infinitive of purpose stay in the label (label.ts,
// withoutOpenings). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('"To" that opens no purpose', () => {
  it('a person the sentence is told to stays', () => {
    expect(labels('To Marta Olsen, the ruling on Tuesday felt like a betrayal.')).toContain('To Marta Olsen, the ruling felt like a betrayal');
  });
});
