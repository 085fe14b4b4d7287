// "As such the charity said ...": "as such" links a sentence to the one before as "so" does, with
// or without its comma; the label starts after it (label.ts, CONJUNCTION).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-05-04') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('an opening "as such"', () => {
  it('goes without its comma', () => {
    expect(labels('As such the charity said it intends to write to nursing colleges this week.')).toEqual(['The charity said it intends to write to nursing colleges']);
  });
});
