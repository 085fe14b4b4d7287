// "being" that is a noun ("a human being") or that ends its clause whole is no reason to cut
// elsewhere: short labels stay as they are.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-04-14') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('"being" in a label that needs no cut', () => {
  it('leaves a short label whole', () => {
    expect(labels('The ferry was described as being unsafe on Monday.')).toEqual(['The ferry was described as being unsafe']);
  });

  it('leaves a noun "being" alone', () => {
    expect(labels('Every human being in the valley was told to leave on Tuesday.')).toEqual(['Every human being in the valley was told to leave']);
  });
});
