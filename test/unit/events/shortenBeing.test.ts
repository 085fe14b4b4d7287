// "being" is a copula's -ing form: it needs what follows it ("listed as being in a stable
// condition"), so a long label is never cut right after it (shorten.ts, NEEDS_MORE).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-04-14') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a long label is not cut after "being"', () => {
  it('keeps the complement of "being" and cuts at the next clause', () => {
    const text = 'The 70-year-old singer was taken to a clinic on Friday where doctors were called in to treat a set of injuries that saw her listed as being in a serious condition on Saturday and moved to intensive care.';
    const found = labels(text);
    expect(found).toContain('A set of injuries saw her listed as being in a serious condition');
    expect(found.some((l) => /\bbeing$/.test(l))).toBe(false);
  });

  it('keeps "being" with its participle', () => {
    const text = 'The grain ships in the harbour were reported on Friday as being held back by customs officers in a long dispute over inspection fees and paperwork.';
    expect(labels(text).some((l) => /\bbeing$/.test(l))).toBe(false);
  });
});
