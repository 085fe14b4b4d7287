// What a vague stretch back does not date: a comparison's other side, and years (a trend or an era
// as often as a happening). Sentences written for these tests; run through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';

const eventsOf = (text: string, published: string) =>
  extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.when.text);

describe('no band for a vague stretch back', () => {
  it('the other side of a comparison', () => {
    expect(eventsOf('Fares are higher than they were a few weeks ago.', '2025-03-20')).toEqual([]);
  });
  it('recent years, a trend', () => {
    expect(eventsOf('Rents in the valley have doubled in recent years.', '2025-03-20')).toEqual([]);
  });
});
