// Dashes that set off no aside between a subject and its verb (label.ts, DASH_ASIDE).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a dash that is no pair around an aside', () => {
  it('keeps a clause after a single dash', () => {
    const text = 'The mill closed its doors on Monday - the last of the valley’s mills to go.';
    expect(labels(text).some((l) => /^The mill closed its doors/.test(l))).toBe(true);
  });

  it('keeps two dashes of different kinds apart', () => {
    const text = 'The council — by a wide margin - voted on Monday to close the library.';
    expect(labels(text).some((l) => /^The council to close/.test(l))).toBe(false);
  });
});

describe('a statement with a verb of its own before a dash', () => {
  it('is not run on over the aside', () => {
    const text = 'On Monday the mayor opened the bridge — the longest in the county — and cut the ribbon.';
    expect(labels(text).some((l) => /^The mayor opened the bridge/.test(l))).toBe(true);
  });
});

describe('a full stop that ends a sentence between two dashes', () => {
  it('is no aside: the next sentence’s dash is not its close', () => {
    const text = 'On Monday, the envoy Ida Lunn — in Rome. The talks — long delayed — were held at the embassy.';
    expect(labels(text).some((l) => /^The envoy Ida Lunn were held/.test(l))).toBe(false);
  });
});

