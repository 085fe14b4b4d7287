// What the story layout must never do: cut a label, drop an event, or put one row on another,
// whatever the labels and the width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLayout, wrapLines } from '../../../src/lib/column';
import { textWidth } from '../../../src/lib/layout/textWidth';
import { ev } from './helpers';

const word = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/\s+/g, '') || 'x');
const label = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const day = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('the story layout never cuts', () => {
  it('keeps every character of any label across its lines, each line within the width unless one character is wider', () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 40, max: 900 }), (text, width) => {
        const lines = wrapLines(text, width, 17, true);
        expect(lines.join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const line of lines) if ([...line].length > 1) expect(textWidth(line, 17, true)).toBeLessThanOrEqual(width + 0.001);
      }),
      { numRuns: 300 },
    );
  });

  it('draws every event once, rows one below another, at any width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, fc.option(day), fc.boolean()), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 240, max: 1400 }),
        (items, width) => {
          const events = items.map(([l, d, projected], i) => ev(`e${i}`, l, projected ? 'projected' : 'past', d));
          const layout = columnLayout(events, width, { published: '2025-11-05' });
          const ids = layout.rows.flatMap((r) => (r.kind === 'entry' ? [r.id] : []));
          expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
          for (let i = 1; i < layout.rows.length; i++) {
            expect(layout.rows[i].y).toBeGreaterThanOrEqual(layout.rows[i - 1].y + layout.rows[i - 1].height);
          }
          expect(layout.rows.filter((r) => r.kind === 'published')).toHaveLength(1);
        },
      ),
      { numRuns: 150 },
    );
  });
});
