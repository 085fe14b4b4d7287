import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../src/lib/document';
import { extract } from '../../../src/lib/extract';
import { layout, type Layout } from '../../../src/lib/layout';
import { toUnit } from '../../../src/lib/layout/scale';
import { SAMPLE_EVENTS } from './fixtures';

const published = '2025-11-05';
const text = readFileSync(resolve(process.cwd(), 'public/samples/korea-summit.txt'), 'utf8');
// The sample as the app extracts it (its "last week" holds six week-long events).
const doc: NewslineDocument = extract(text, { title: null, published, url: null, publisher: null });
const along = (l: Layout, m: { x: number; y: number }) => (l.orientation === 'horizontal' ? m.x : m.y);
const inClusters = (l: Layout) => l.marks.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 0), 0);

describe('the sample on a 375 px phone at fit, with default options', () => {
  const l = layout(doc.events, 375, { published, orientation: 'vertical' });
  const proportional = layout(doc.events, 375, { published, orientation: 'vertical', timeScale: 'proportional' });

  it('condenses the axis, cutting the quiet months before the summer, before last week and before March', () => {
    // "This year" begins on the axis, at 1 January, before the first cut.
    expect(l.ticks[0].text).toMatch(/2024|2025/);
    expect(l.scale).not.toBeNull();
    expect(l.breaks.map((b) => b.text)).toEqual(['5 months', '7 weeks', '4 months']);
    // A break sits on the axis line, between the ticks of the stretches it separates.
    for (const b of l.breaks) expect(b.x).toBe(l.axis.x1);
  });

  it('draws Monday\'s and Tuesday\'s events one by one, after last week and before the Published line', () => {
    const days = l.marks.filter((m) => m.kind === 'event' && ['2025-11-03', '2025-11-04'].includes(m.start));
    expect(days.length).toBe(3);
    for (const m of days) expect(along(l, m)).toBeLessThan(l.published.y1);
    expect(proportional.marks.some((m) => m.kind === 'event' && m.start === '2025-11-04')).toBe(false);
  });

  it('draws every dated event on its own, where the proportional axis still clusters some', () => {
    expect(inClusters(proportional)).toBeGreaterThan(0);
    expect(inClusters(l)).toBe(0);
  });

  it('gives last week more of the axis than the three quiet months before March', () => {
    const s = l.scale!;
    expect(toUnit(s, 20399) - toUnit(s, 20388)).toBeGreaterThan(5 * (toUnit(s, 20513) - toUnit(s, 20400)) / 10);
  });

  it('says each break\'s length beside it, so the legend keeps to two words', () => {
    expect(l.breaks.length).toBeGreaterThan(0);
    for (const b of l.breaks) expect(b.text).toMatch(/\d+ (days?|weeks?|months?|years?)/);
    expect(l.legend.map((i) => i.text)).toEqual(['Past', 'Expected']);
    expect(proportional.legend.map((i) => i.text)).toEqual(['Past', 'Expected']);
  });

  it('puts no tick inside a break nor within a line of one', () => {
    for (const t of l.ticks) for (const b of l.breaks) expect(Math.abs(t.pos - b.pos)).toBeGreaterThan(b.length / 2);
    for (const b of l.breaks) for (const t of l.ticks) expect(Math.abs(t.y - b.ty)).toBeGreaterThanOrEqual(12);
  });

  it('keeps every mark and label inside the width', () => {
    for (const b of [...l.marks, ...l.labels]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(375);
    }
  });

  it('keeps the same scale for every zoom window, so positions only stretch', () => {
    const zoomed = layout(doc.events, 375, { published, orientation: 'vertical', window: { start: 20380, end: 20410 } });
    expect(zoomed.scale).toEqual(l.scale);
    expect(zoomed.height).toBe(l.height);
  });
});

describe('the sample on a 1000 px desktop', () => {
  const near = (l: ReturnType<typeof layout>) => {
    const xs = l.marks.filter((m) => m.start && m.start >= '2025-10-22' && m.start <= '2025-11-19').map((m) => m.x);
    return Math.max(...xs) - Math.min(...xs);
  };

  it('gives the weeks around publication their room before the quiet months: a condensed axis, nothing clustered', () => {
    const l = layout(doc.events, 1000, { published });
    const prop = layout(doc.events, 1000, { published, timeScale: 'proportional' });
    expect(l.scale).not.toBeNull();
    expect(inClusters(l)).toBe(0);
    expect(near(l)).toBeGreaterThan(1.5 * near(prop));
  });

  it('keeps proportional time for a story spread over the year, drawing what the proportional option draws', () => {
    const spread = SAMPLE_EVENTS.filter((e) => e.when.start).map((e, i) => ({
      ...e,
      when: { ...e.when, start: `2025-${String(i % 11 + 1).padStart(2, '0')}-10`, end: `2025-${String(i % 11 + 1).padStart(2, '0')}-10`, granularity: 'day' as const },
    }));
    const auto = layout(spread, 1000, { published });
    const prop = layout(spread, 1000, { published, timeScale: 'proportional' });
    expect(auto.scale).toBeNull();
    expect(auto.marks.map((m) => [m.id, m.x, m.y, m.width])).toEqual(prop.marks.map((m) => [m.id, m.x, m.y, m.width]));
    expect(auto.ticks).toEqual(prop.ticks);
  });
});

describe('the timeScale option', () => {
  it('condenses on request even where auto would not, and throws a sentence for an unknown value', () => {
    expect(layout(doc.events, 1000, { published, timeScale: 'condensed' }).scale).not.toBeNull();
    // @ts-expect-error: a wrong value from untyped callers
    expect(() => layout(doc.events, 1000, { published, timeScale: 'log' })).toThrow('unknown time scale: log');
  });
});
