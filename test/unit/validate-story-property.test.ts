// A property over readDocument's story fields: whatever an opened file holds in `articles` and
// in an event's `sources`, the document opens with all its events, and what is kept is sound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/validate';

const TEXT = 'Crews capped the well on March 3.\n\nThe well was capped on March 3, officials said.';

const offset = fc.oneof(fc.integer({ min: -5, max: TEXT.length + 5 }), fc.double(), fc.constant(null), fc.string());
const articleLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.constantFrom('a', 'b', '__proto__', 'constructor'), fc.integer()),
    title: fc.oneof(fc.string(), fc.constant(null), fc.integer()),
    published: fc.oneof(fc.constantFrom('2025-03-04', '2025-03-05T09:30', '2025-02-30', ''), fc.string()),
    url: fc.oneof(fc.constant(null), fc.string()),
    publisher: fc.oneof(fc.constant(null), fc.string()),
    start: offset,
    end: offset,
  },
  { requiredKeys: [] },
);
const junk = fc.oneof(fc.anything(), fc.array(fc.oneof(articleLike, fc.anything()), { maxLength: 8 }));
const spans = fc.oneof(fc.anything(), fc.array(fc.oneof(fc.record({ start: offset, end: offset }), fc.anything()), { maxLength: 6 }));

describe('readDocument on any story fields', () => {
  it('opens the document with every event, keeping only sound articles and sources', () => {
    fc.assert(
      fc.property(junk, spans, (articles, sources) => {
        const doc = readDocument({
          version: 1,
          article: { title: null, published: '2025-03-05', url: null, publisher: null },
          text: TEXT,
          timexes: [],
          articles,
          events: [{
            id: 'e1', label: 'Well capped', status: 'past',
            when: { timex: null, start: null, end: null, granularity: null, text: null },
            source: { start: 0, end: 33 }, sources,
          }],
        });
        expect(doc.events).toHaveLength(1);
        const kept = doc.articles ?? [];
        expect(new Set(kept.map((a) => a.id)).size).toBe(kept.length);
        kept.forEach((a, i) => {
          expect(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start <= a.end && a.end <= TEXT.length).toBe(true);
          if (i > 0) expect(a.start).toBeGreaterThanOrEqual(kept[i - 1].end);
        });
        for (const s of doc.events[0].sources ?? []) expect(s.start >= 0 && s.start <= s.end && s.end <= TEXT.length).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
