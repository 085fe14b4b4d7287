// Every entry point that takes outside data, at a few hundred inputs each (entry-points.ts);
// `npm run fuzz -- N` runs the same properties at N inputs each.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { ENTRY_POINTS, assertSentence, propertyOf } from './entry-points';

describe('every entry point that takes outside data gives a valid value or a sentence', () => {
  for (const entry of ENTRY_POINTS) {
    it(`${entry.name}: ${entry.testRuns} inputs`, async () => {
      await fc.assert(propertyOf(entry), { numRuns: entry.testRuns, seed: 15 });
    });
  }
});

describe('the properties catch what they are meant to catch', () => {
  it('assertSentence refuses the messages issue 15 found', () => {
    expect(() => assertSentence(new TypeError("Cannot read properties of null (reading 'end')"), 'x')).toThrow('unclear message');
    expect(() => assertSentence(new Error("TimelineJS event 1's start date has the day [object Object], which is not in 0001-01."), 'x')).toThrow('unclear message');
    expect(() => assertSentence(new Error("TimelineJS event 1's start date has the day {\"d\":3}, which is not in 0001-01."), 'x')).not.toThrow();
  });
  it('extraction of the issue\'s sentence published 9999-06-01 gives offsets inside the text', () => {
    const text = 'between March and May officials met';
    const doc = extract(text, { title: null, url: null, publisher: null, published: '9999-06-01' });
    expect(doc.timexes.map((t) => [t.start, t.end, text.slice(t.start, t.end)])).toEqual([[8, 13, 'March'], [18, 21, 'May']]);
  });
});
