// Commas inside a participle's phrase that open a clause still keep the date out of the phrase
// (a verb after them, or no preposition before the date).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-05-05') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('commas in a participle phrase that end it', () => {
  it('does not label a birth across a clause', () => {
    const found = labels('Ilze Berzina, born in Riga, moved to Vienna in March 1961 to study music.');
    expect(found).not.toContain('Ilze Berzina was born in Riga, moved to Vienna');
    expect(found.some((l) => /was born/.test(l))).toBe(false);
  });
});
