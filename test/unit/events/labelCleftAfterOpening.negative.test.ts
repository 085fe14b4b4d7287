// What is no cleft to take apart (label.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('"It is that ..." with no date between', () => {
  it('keeps its frame', () => {
    expect(labels('It is that simple, the coach said on Monday.').some((l) => /^Simple/.test(l))).toBe(false);
  });
});

describe('a name before "that" with an object set apart', () => {
  it('after an opening phrase is left alone too', () => {
    expect(labels('In 2019, it was Ines Marr that the board picked.').some((l) => /^Ines Marr the board/.test(l))).toBe(false);
  });
});
