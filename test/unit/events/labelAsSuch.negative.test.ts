// "As such a small town, ..." compares: it is an opening phrase, not a linking word.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-05-04') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('"as such" before an article', () => {
  it('is not cut off as a linking word', () => {
    expect(labels('As such a small town, Ely held its fair on Monday.')).toEqual(['Ely held its fair']);
  });
});
