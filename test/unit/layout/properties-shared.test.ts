import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Granularity, TimelineEvent } from '../../../src/lib/document';
import { layout, type Layout } from '../../../src/lib/layout';
import { dayNumber } from '../../../src/lib/layout/days';
import { GAP } from '../../../src/lib/layout/geometry';
import { overlap } from './boxes';

// Phone stories as news dates them: many events on the same few days ("last week", "on
// Tuesday", "in March") and a backdrop or two ("this year"), so marks are shared, labels
// stack and backdrop bands go to the gutter; every layout promise must hold on them too.
const published = '2025-11-05';
const pub = dayNumber(published);
const day = (d: number) => new Date((pub + d) * 86_400_000).toISOString().slice(0, 10);

/** [first day from publication, days, granularity]: the spans news uses over and over. */
const SPANS: [number, number, Granularity][] = [
  [-9, 6, 'week'], // last week
  [-4, 1, 'weekend'],
  [-2, 0, 'day'], // Monday
  [-1, 0, 'day'], // Tuesday
  [-45, 0, 'day'],
  [-157, 91, 'season'], // the summer
  [-308, 364, 'year'], // this year
  [-673, 364, 'year'], // last year
  [116, 30, 'month'], // in March
  [3, 0, 'day'],
];
const WORDS = ['Kim', 'met', 'the', 'of', 'to', 'officials', 'in', 'Pyongyang', 'summit', 'and', 'talks', 'Assembly', 'shared', 'details'];

const eventArb = fc.record({
  span: fc.integer({ min: 0, max: SPANS.length - 1 }),
  label: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' ')),
  voided: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
});

const toEvents = (xs: { span: number; label: string; voided: boolean }[]): TimelineEvent[] =>
  xs.map((x, i) => {
    const [d, len, granularity] = SPANS[x.span];
    return {
      id: `s${i}`,
      label: x.label,
      status: d > 0 ? 'projected' : 'past',
      ...(x.voided ? { modality: 'did-not-happen' as const } : {}),
      when: { timex: day(d), start: day(d), end: day(d + len), granularity, text: 'x' },
      source: { start: 0, end: 1 },
    };
  });

const phoneCase = fc.record({
  events: fc.array(eventArb, { minLength: 1, maxLength: 40 }),
  width: fc.integer({ min: 320, max: 599 }),
  zoom: fc.option(fc.record({ start: fc.integer({ min: -700, max: 100 }), len: fc.integer({ min: 3, max: 900 }) })),
});
type Case = typeof phoneCase extends fc.Arbitrary<infer T> ? T : never;

const laidOut = (c: Case): Layout =>
  layout(toEvents(c.events), c.width, {
    published,
    orientation: 'vertical',
    window: c.zoom ? { start: pub + c.zoom.start, end: pub + c.zoom.start + c.zoom.len } : null,
  });


describe('layout properties on phone stories with shared days and backdrops', () => {
  it('labels never overlap one another, nor any mark, and stay inside the width', () => {
    fc.assert(
      fc.property(phoneCase, (c) => {
        const l = laidOut(c);
        for (let i = 0; i < l.labels.length; i++) for (let j = i + 1; j < l.labels.length; j++) expect(overlap(l.labels[i], l.labels[j])).toBe(false);
        // A shared mark is drawn once per event at one place: no label covers any of them.
        for (const m of l.marks) for (const n of l.marks) expect(overlap(m.label, n)).toBe(false);
        for (const b of [...l.labels, ...l.marks]) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(c.width + 0.01);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('labels down a column keep the time order of their events, GAP apart', () => {
    fc.assert(
      fc.property(phoneCase, (c) => {
        const l = laidOut(c);
        const columns = new Map<number, { start: string; y: number; end: number }[]>();
        for (const m of l.marks) {
          if (!m.start) continue;
          columns.set(m.label.x, [...(columns.get(m.label.x) ?? []), { start: m.start, y: m.label.y, end: m.label.y + m.label.height }]);
        }
        for (const col of columns.values()) {
          col.sort((a, b) => a.y - b.y);
          for (let i = 1; i < col.length; i++) {
            expect(col[i].start >= col[i - 1].start).toBe(true);
            expect(col[i].y).toBeGreaterThanOrEqual(col[i - 1].end + GAP - 0.5);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every dated event is drawn once, alone or in a cluster, past above the Published line and projected below', () => {
    fc.assert(
      fc.property(phoneCase, (c) => {
        const l = laidOut({ ...c, zoom: null });
        const seen = l.marks.flatMap((m) => (m.kind === 'cluster' ? m.ids : [m.id]));
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBe(c.events.length);
        for (const m of l.marks) {
          if (m.kind !== 'event') continue;
          if (m.status === 'past') expect(m.y).toBeLessThan(l.published.y1);
          else expect(m.y + m.height).toBeGreaterThan(l.published.y1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
