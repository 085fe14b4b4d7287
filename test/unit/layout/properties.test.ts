import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { layout, type Layout } from '../../../src/lib/layout';
import { GAP } from '../../../src/lib/layout/geometry';
import { textWidth } from '../../../src/lib/layout/textWidth';
import { overlap } from './boxes';

const published = '2025-06-15';
const base = Date.UTC(2024, 0, 1);
const day = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);

const eventArb = fc.record({
  d: fc.integer({ min: 0, max: 900 }),
  span: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 120 })),
  // Arbitrary strings, and news-like labels of words up to ~90 characters, which grow and get cut.
  label: fc.oneof(
    fc.string({ minLength: 1, maxLength: 60 }),
    fc.array(fc.constantFrom('Kim', 'met', 'the', 'of', 'to', 'officials', 'in', '1.5', 'million', '10,000', 'Pyongyang', 'summit', 'and', 'talks'), { minLength: 1, maxLength: 14 }).map((w) => w.join(' ')),
  ),
  projected: fc.boolean(),
  undated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0), // about one in ten, reproducible from the seed
});

const toEvents = (xs: { d: number; span: number; label: string; projected: boolean; undated: boolean }[]): TimelineEvent[] =>
  xs.map((x, i) => ({
    id: `p${i}`,
    label: x.label.trim() || 'x',
    status: x.projected ? 'projected' : 'past',
    when: x.undated
      ? { timex: null, start: null, end: null, granularity: null, text: null }
      : { timex: day(x.d), start: day(x.d), end: day(x.d + x.span), granularity: x.span ? 'month' : 'day', text: 'x' },
    source: { start: 0, end: 1 },
  }));


const arbitraryCase = fc.record({
  events: fc.array(eventArb, { maxLength: 80 }),
  width: fc.integer({ min: 320, max: 1600 }),
  orientation: fc.constantFrom('horizontal' as const, 'vertical' as const),
  zoom: fc.option(fc.record({ start: fc.integer({ min: -50, max: 800 }), len: fc.integer({ min: 3, max: 600 }) })),
});

type Case = typeof arbitraryCase extends fc.Arbitrary<infer T> ? T : never;

function laidOut(c: Case): Layout {
  const window = c.zoom ? { start: 19723 + c.zoom.start, end: 19723 + c.zoom.start + c.zoom.len } : null;
  return layout(toEvents(c.events), c.width, { published, orientation: c.orientation, window });
}

describe('layout properties', () => {
  it('labels never overlap one another', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const labels = laidOut(c).labels;
        for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i], labels[j])).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('no label covers a mark other than its own', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const l = laidOut(c);
        for (const m of l.marks) for (const n of l.marks) if (m !== n) expect(overlap(m.label, n)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('labels and marks stay inside the width', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const l = laidOut(c);
        for (const b of [...l.labels, ...l.marks]) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(c.width + 0.01);
        }
        // The "Expected, no date" heading too (drawn bold, a size smaller).
        if (l.undatedGroup) expect(l.undatedGroup.x + textWidth(l.undatedGroup.text, l.fontSize - 1, true)).toBeLessThanOrEqual(c.width);
      }),
      { numRuns: 150 },
    );
  });

  it('labels in a lane keep the time order of their events', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const l = laidOut(c);
        const along = (b: { x: number; y: number }) => (l.orientation === 'horizontal' ? b.x : b.y);
        const lanes = new Map<string, { start: string; pos: number }[]>();
        for (const m of l.marks) {
          if (!m.start) continue;
          const key = `${m.status}|${l.orientation === 'horizontal' ? m.y : m.x}`;
          lanes.set(key, [...(lanes.get(key) ?? []), { start: m.start, pos: along(m.label) }]);
        }
        for (const lane of lanes.values()) {
          const byPos = [...lane].sort((a, b) => a.pos - b.pos).map((x) => x.start);
          expect(byPos).toEqual([...byPos].sort());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a grown label stops GAP before the next label of its lane, and by the plot end', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const l = laidOut(c);
        const h = l.orientation === 'horizontal';
        const lanes = new Map<string, { lo: number; hi: number }[]>();
        for (const m of l.marks) {
          if (!m.start) continue;
          const key = `${m.status}|${h ? m.y : m.x}`;
          const lo = h ? m.label.x : m.label.y;
          lanes.set(key, [...(lanes.get(key) ?? []), { lo, hi: lo + (h ? m.label.width : m.label.height) }]);
        }
        for (const lane of lanes.values()) {
          lane.sort((a, b) => a.lo - b.lo);
          for (let i = 0; i < lane.length; i++) {
            // Vertically a label may take one more line past the axis end, above the undated group.
            expect(lane[i].hi).toBeLessThanOrEqual(l.plot.end + (h ? 0 : l.marks[0].label.lineHeight) + 0.5);
            if (i + 1 < lane.length) expect(lane[i].hi).toBeLessThanOrEqual(lane[i + 1].lo - GAP + 0.5);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('every dated event in the window is drawn once, alone or in a cluster', () => {
    fc.assert(
      fc.property(arbitraryCase, (c) => {
        const l = laidOut({ ...c, zoom: null });
        const seen = l.marks.flatMap((m) => (m.kind === 'cluster' ? m.ids : [m.id]));
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBe(c.events.length);
      }),
      { numRuns: 100 },
    );
  });
});
