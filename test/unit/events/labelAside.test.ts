// A statement that opens on an aside and leaves only its noun phrase labels the clause the aside
// hangs on (index.ts asideLabel); a dateline filed from two cities is no part of a label (label.ts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const labels = (text: string) => extract(text, { title: null, published: '2024-03-08', url: null, publisher: null }).events.map((e) => e.label);

describe('a dated aside gives its date to the clause it hangs on', () => {
  it('an aside between dashes', () => {
    expect(labels('Several towns tried curfews, but the governor declared an emergency -- a rare step -- this week.')).toContain('The governor declared an emergency');
  });

  it('an aside between commas before a saying', () => {
    expect(labels('Inspectors found cracks in the dam wall near Lugo, the oldest dam in the region, engineers said on Tuesday.')).toContain('Inspectors found cracks in the dam wall near Lugo');
  });
});

describe('a dateline filed from two cities', () => {
  it('is left out of the label', () => {
    expect(labels('OSLO/STOCKHOLM (Reuters) - Norway and Sweden agreed a new border treaty on Tuesday.')).toContain('Norway and Sweden agreed a new border treaty');
  });
});
