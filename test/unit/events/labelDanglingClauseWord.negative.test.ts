// A "that" standing for a thing ends a label whole (label.ts, DANGLING). Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a "that" that stands for a thing', () => {
  it('stays after a verb that takes it as its object', () => {
    expect(labels('The ferry company said on Monday that it hoped to beat that.')).toContain('The ferry company said that it hoped to beat that');
  });
});
