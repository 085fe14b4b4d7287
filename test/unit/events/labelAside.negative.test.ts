// A statement that is no aside keeps its own label (index.ts asideLabel).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string) => extract(text, { title: null, published: '2024-03-08', url: null, publisher: null }).events.map((e) => e.label);

describe('no aside, no borrowed clause', () => {
  it('a clause after "but after" keeps its own happening', () => {
    expect(labels('The Nikkei rose 1.2%, but after a steep fall on Tuesday.').some((l) => /^The Nikkei rose/.test(l) && !/steep/.test(l))).toBe(false);
  });
});
