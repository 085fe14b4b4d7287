// "Tesco also quietly bought the mill. It will open a bakery there": the subject a later "it"
// stands for may meet its verb after adverbs, and a word with a capital inside ("DataPlume") is a
// brand's name by its form (antecedent.ts, subject). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-18') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a subject before adverbs names the "it" after it', () => {
  it('a known company before two adverbs', () => {
    expect(labels('Tesco also quietly bought the old flour mill at Ware. It will open a bakery there in June.')).toContain('Tesco will open a bakery there');
  });
  it('a brand written with a capital inside, through a chain of "it"', () => {
    expect(labels('DataPlume also recently signed a lease in Leeds. It has two offices in the city. It will open a third office in June.')).toContain('DataPlume will open a third office');
  });
});
