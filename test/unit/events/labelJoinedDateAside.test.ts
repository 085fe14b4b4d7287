// A date set between commas after a joining word ("when, on May 2, the crew ...") leaves the
// label with its commas (label.ts, withoutSpans). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string, published = '2024-05-20') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('a date between commas after a joining word', () => {
  it('after "when" takes its commas with it', () => {
    expect(labels('The plan changed when, on the morning of May 2, the ferry crew walked out.')).toContain('The plan changed when the ferry crew walked out');
  });
  it('after "that" takes its commas with it', () => {
    expect(labels('The audit found that, in 2021, the depot lost six lorries.')).toContain('The audit found that the depot lost six lorries');
  });
});
