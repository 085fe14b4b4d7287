// A pronoun in a clause the sentence places by a count ("two days after he crashed") or hangs on
// a conjunction is named from the sentence's own main clause (placed.ts, subordinate.ts).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a clause placed by a count after a dated main clause', () => {
  it('names its "he" by the main clause’s subject', () => {
    expect(labels('Tomas Brandt won the stage on Sunday, two days after he crashed near Lyon.')).toContain('Tomas Brandt crashed near Lyon');
  });
  it('names its "it" by the main clause’s thing', () => {
    expect(labels('The trawler reached Bergen on Sunday, four days after it left Hull.')).toContain('The trawler left Hull');
  });
});

describe('an owner’s "her" before the clause', () => {
  it('is the named subject’s own, so "she" is the subject', () => {
    expect(labels('Lina Okoye fought with her landlord until she bought a flat in 2021.')).toContain('Lina Okoye bought a flat');
  });
});

describe('a main clause whose subject is a named person’s thing', () => {
  it('gives the "he" of a clause to the owner', () => {
    expect(labels('Pavel Orlov’s shop, which had stayed shut since he fell ill on May 2, reopened.')).toContain('Pavel Orlov fell ill');
  });
  it('gives the "she" to the owner of a brand’s page', () => {
    expect(labels('According to Halvorsen’s Instagram page, she joined the band in March 2019.')).toContain('Halvorsen joined the band');
  });
});
