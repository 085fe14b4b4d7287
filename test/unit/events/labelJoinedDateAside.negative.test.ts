// An aside that is no date keeps its commas (label.ts, withoutSpans). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('an aside of words after a joining word', () => {
  it('keeps its commas when the date stands elsewhere', () => {
    expect(labels('The audit found that, if anything, the depot lost more lorries in 2021.')).toContain('The audit found that, if anything, the depot lost more lorries');
  });
});
