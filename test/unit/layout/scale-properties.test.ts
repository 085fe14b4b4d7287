import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { fitWindow, layout, type Layout } from '../../../src/lib/layout';
import { dayNumber } from '../../../src/lib/layout/days';
import { overlap } from './boxes';

// Stories as news dates them: a dense present (days around publication) and sparse background
// (years before), so the axis is condensed; every layout promise must hold on it too.
const published = '2025-06-15';
const pub = dayNumber(published);
const day = (d: number) => new Date((pub + d) * 86_400_000).toISOString().slice(0, 10);

const eventArb = fc.record({
  d: fc.oneof(fc.integer({ min: -14, max: 10 }), fc.integer({ min: -9000, max: -200 }), fc.integer({ min: 60, max: 400 })),
  span: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.constant(365)),
  label: fc.string({ minLength: 1, maxLength: 60 }),
  undated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
});

const toEvents = (xs: { d: number; span: number; label: string; undated: boolean }[]): TimelineEvent[] =>
  xs.map((x, i) => ({
    id: `c${i}`,
    label: x.label.trim() || 'x',
    status: x.undated || x.d > 0 ? 'projected' : 'past',
    when: x.undated
      ? { timex: null, start: null, end: null, granularity: null, text: null }
      : { timex: day(x.d), start: day(x.d), end: day(x.d + x.span), granularity: x.span ? 'month' : 'day', text: 'x' },
    source: { start: 0, end: 1 },
  }));

const storyCase = fc.record({
  events: fc.array(eventArb, { minLength: 2, maxLength: 60 }),
  width: fc.integer({ min: 320, max: 1600 }),
  orientation: fc.constantFrom('horizontal' as const, 'vertical' as const),
  zoom: fc.option(fc.record({ start: fc.integer({ min: -9000, max: 300 }), len: fc.integer({ min: 3, max: 4000 }) })),
});
type Case = typeof storyCase extends fc.Arbitrary<infer T> ? T : never;

const laidOut = (c: Case): Layout =>
  layout(toEvents(c.events), c.width, {
    published,
    orientation: c.orientation,
    timeScale: 'condensed',
    window: c.zoom ? { start: pub + c.zoom.start, end: pub + c.zoom.start + c.zoom.len } : null,
  });


describe('layout properties on a condensed axis', () => {
  it('labels never overlap and stay inside the width', () => {
    fc.assert(
      fc.property(storyCase, (c) => {
        const l = laidOut(c);
        for (let i = 0; i < l.labels.length; i++) for (let j = i + 1; j < l.labels.length; j++) expect(overlap(l.labels[i], l.labels[j])).toBe(false);
        for (const b of [...l.labels, ...l.marks]) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(c.width + 0.01);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('single days keep their time order along the axis, and past days fall before the Published line', () => {
    fc.assert(
      fc.property(storyCase, (c) => {
        const l = laidOut(c);
        const along = (m: { cx: number; cy: number }) => (l.orientation === 'horizontal' ? m.cx : m.cy);
        const points = l.marks.filter((m) => m.kind === 'event' && m.shape === 'point' && m.start).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
        for (let i = 1; i < points.length; i++) if (points[i].start > points[i - 1].start) expect(along(points[i])).toBeGreaterThan(along(points[i - 1]));
        const pubPos = l.orientation === 'horizontal' ? l.published.x1 : l.published.y1;
        for (const m of points) {
          if (m.start < published) expect(along(m)).toBeLessThan(pubPos);
          if (m.start > published) expect(along(m)).toBeGreaterThan(pubPos);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('breaks lie where no short event sits, and every dated event is drawn once at fit', () => {
    fc.assert(
      fc.property(storyCase, (c) => {
        const events = toEvents(c.events);
        const l = laidOut({ ...c, zoom: null });
        const fit = fitWindow(events, published);
        const total = fit.end - fit.start;
        for (const e of events) {
          if (!e.when.start) continue;
          let [s, end] = [dayNumber(e.when.start), dayNumber(e.when.end!) + 1];
          // As drawn: a range straddling publication stops (past) or starts (projected) there.
          if (s < pub + 0.5 && end > pub + 0.5) [s, end] = e.status === 'past' ? [s, pub + 0.5] : [pub + 0.5, end];
          if (end - s >= total / 3) continue;
          for (const b of l.scale?.breaks ?? []) expect(end <= b.fromDay || s >= b.toDay).toBe(true);
        }
        const seen = l.marks.flatMap((m) => (m.kind === 'cluster' ? m.ids : [m.id]));
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBe(events.length);
      }),
      { numRuns: 100 },
    );
  });
});
