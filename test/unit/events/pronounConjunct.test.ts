// A "he", "she" or "they" opening a conjunct after "and" or "but" goes on with the first
// conjunct of its own sentence: the name that opens it, or a saying's speaker put after its verb
// (pronoun.ts, conjunctOwner).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-01-14') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a pronoun after "and" or "but" names the first conjunct’s subject', () => {
  it('takes the name that opens the sentence', () => {
    const text = 'The new sloop was launched in Kiel. Maria Lopez came third in the regatta last summer and she hopes to win the whole series this year.';
    expect(labels(text)).toContain('Maria Lopez hopes to win the whole series');
  });

  it('takes a surname the article writes after a lower-case word elsewhere', () => {
    const text = 'The fleet sailed at dawn, said Okonjo. Okonjo finished second in last year’s race and he expects a harder contest this year.';
    expect(labels(text)).toContain('Okonjo expects a harder contest');
  });

  it('takes the speaker a saying puts after its verb', () => {
    const text = 'Traffic will be heavy around the stadium, say stewards, but they expect the match to start on time on Saturday.';
    expect(labels(text)).toContain('Stewards expect the match to start on time');
  });
});
