// A participle's phrase on a name, dated inside it, may name a place or a maker set off by its
// own commas ("born in the capital, Riga, in 1961"): those commas end no clause, and the phrase
// is the label ("Ilze Berzina was born in the capital, Riga") (relativeOnNoun.ts,
// participleHolding).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-05-05') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a participle phrase with a name between commas', () => {
  it('labels a birth with its place named twice', () => {
    expect(labels('Ilze Berzina, born in the Latvian capital, Riga, in March 1961, studied music in Vienna.')).toContain('Ilze Berzina was born in the Latvian capital, Riga');
  });

  it('labels a building with its maker named', () => {
    expect(labels('The old lighthouse, built by a local firm, Tarn Brothers, in 1887, burned down in a storm.')).toContain('The old lighthouse was built by a local firm, Tarn Brothers');
  });
});
