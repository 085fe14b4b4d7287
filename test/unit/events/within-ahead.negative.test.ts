// What "within" a count does not date from now: a count from another happening, a past length.
// Sentences written for these tests; whole pipeline.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const datedOf = (text: string, published: string) =>
  extract(text, { title: null, published, url: null, publisher: null }).events.filter((e) => e.when.start !== null).map((e) => e.when.text);

describe('no band from now', () => {
  it('a count from another happening', () => {
    expect(datedOf('Councillors must register gifts within 14 days of accepting them.', '2025-03-20')).toEqual([]);
  });
  it('a length told of the past', () => {
    expect(datedOf('Crews reached the burning barn within 20 minutes.', '2025-03-20')).toEqual([]);
  });
});
