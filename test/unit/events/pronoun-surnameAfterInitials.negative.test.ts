// A company named alone, never after initials or a title, is no one a "he" goes on with.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string) => extract(text, { title: null, published: '2024-05-20', url: null, publisher: null }).events.map((e) => e.label);

describe('a company’s name', () => {
  it('is not taken for a "he"', () => {
    const text = 'Shares in Dell fell sharply on Friday. Dell cut its sales forecast on Monday. He will present the new plan on Thursday.';
    expect(labels(text).some((l) => l.startsWith('Dell will present'))).toBe(false);
  });
});
