// What a fronted phrase opening on "a"/"an" does not make a pronoun's name (antecedent.ts,
// namedSubject).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a fronted phrase of time before a place', () => {
  it('does not make the place the "she" of the next sentence', () => {
    const text = 'Ana Ruiz flew home to Madrid.\n\nA week after the vote, Portugal signed the fishing treaty with Morocco. In June she returned to Lisbon to meet the ministers.';
    expect(labels(text).some((l) => /^Portugal returned/.test(l))).toBe(false);
  });
});
