// "But shares have steadied. They closed higher": a bare plural that opens the sentence before
// is what a "they" goes on with, even where the tagger reads the plural as a verb in -s before
// its auxiliary (antecedent.ts, subject).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2031-07-01') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a "they" after a sentence opened by a bare plural', () => {
  it('names the plural the tagger reads as a verb', () => {
    const text = 'The mill’s value has halved since the fire. But shares have shown signs of recovery. They closed 3 percent higher in Oslo on Thursday.';
    expect(labels(text)).toContain('Shares closed 3 percent higher in Oslo');
  });
});
