// A brand's name is one thing: a "they" does not stand for it (antecedent.ts, subject). Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a brand named before a "they"', () => {
  it('is not what the "they" stands for', () => {
    expect(labels('DataPlume also recently hired two lawyers. They will start work in June.')).toContain('They will start work');
  });
});
