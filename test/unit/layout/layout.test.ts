import { describe, expect, it } from 'vitest';
import { layout, fitWindow } from '../../../src/lib/layout';
import type { EventMark } from '../../../src/lib/layout';
import { SAMPLE_EVENTS, syntheticEvents } from './fixtures';

const published = '2025-11-05';
const byId = (l: ReturnType<typeof layout>, id: string) => l.marks.find((m) => m.id === id) as EventMark;

describe('layout of the sample article', () => {
  const l = layout(SAMPLE_EVENTS, 1000, { published });

  it('puts the Published line between the last past day and the first projected day', () => {
    const pub = l.published.x1;
    for (const m of l.marks) {
      if (m.kind !== 'event' || m.undated) continue;
      if (m.status === 'past') expect(m.x + (m.shape === 'point' ? m.width / 2 : 0)).toBeLessThan(pub);
      else expect(m.x).toBeGreaterThan(pub);
    }
  });

  it('draws past lanes above the axis and projected lanes below it', () => {
    for (const m of l.marks) {
      if (m.kind === 'event' && m.undated) continue;
      if (m.status === 'past') expect(m.y + m.height).toBeLessThan(l.axis.y1);
      else expect(m.y).toBeGreaterThan(l.axis.y1);
    }
  });

  it('draws "in March" as a band a month wide', () => {
    const l = layout(SAMPLE_EVENTS, 1000, { published, timeScale: 'proportional' });
    const perDay = (l.plot.end - l.plot.start) / (l.window.end - l.window.start);
    expect(byId(l, 'e8').shape).toBe('band');
    expect(byId(l, 'e8').width).toBeCloseTo(31 * perDay, 0);
  });

  it('draws a past "this year" from 1 January up to the Published line, not beyond it', () => {
    const l = layout(SAMPLE_EVENTS, 1000, { published, timeScale: 'proportional' });
    const year = byId(l, 'e11');
    const perDay = (l.plot.end - l.plot.start) / (l.window.end - l.window.start);
    expect(year.width).toBeCloseTo(308.5 * perDay, 0);
    expect(year.x + year.width).toBeCloseTo(l.published.x1, 5);
    expect(year.end).toBe('2025-12-31');
  });

  it('puts the undated parade in the "Expected, no date" group after every dated mark', () => {
    const parade = byId(l, 'e10');
    expect(parade.undated).toBe(true);
    expect(parade.start).toBe('');
    expect(l.undatedGroup?.text).toBe('Expected, no date');
    const lastDated = Math.max(...l.marks.filter((m) => m.start).map((m) => m.x + m.width));
    expect(parade.x).toBeGreaterThan(lastDated);
  });

  it('names every mark with its label, its date in words and its status', () => {
    expect(byId(l, 'e11').ariaLabel).toBe('Kim admits sending troops to Kursk, 2025, past');
    expect(byId(l, 'e8').ariaLabel).toBe('Joint military training with the U.S., March 2026, projected, planned');
  });

  it('marks an approximate range to fade at both ends', () => {
    expect(byId(l, 'e9').fade).toBe('both');
  });

  it('keeps "this year" in its own lane instead of folding last week into it', () => {
    expect(byId(l, 'e11').kind).toBe('event');
    const cluster = l.marks.find((m) => m.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.ids).not.toContain('e11');
  });

  it('shows more events one by one as the window narrows to last week', () => {
    const single = (x: ReturnType<typeof layout>) => x.marks.filter((m) => m.kind === 'event').length;
    // Five lanes a side on a proportional axis, so the fit view clusters last week (by default
    // it has lanes to spare, and 'auto' would condense the axis to open the cluster).
    const fit = layout(SAMPLE_EVENTS, 1000, { published, maxLanes: 5, timeScale: 'proportional' });
    const zoomed = layout(SAMPLE_EVENTS, 1000, { published, maxLanes: 5, timeScale: 'proportional', window: { start: 20384, end: 20400 } });
    expect(single(zoomed)).toBeGreaterThan(single(fit) - 3);
    const inClusters = (x: ReturnType<typeof layout>) => x.marks.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 0), 0);
    expect(inClusters(zoomed)).toBeLessThan(inClusters(fit));
  });
});

describe('layout options', () => {
  it('throws a sentence when the publication date is missing or invalid', () => {
    expect(() => layout(SAMPLE_EVENTS, 800, { published: '2025-02-30' })).toThrow('layout needs a valid publication date, got 2025-02-30');
  });

  it('throws a sentence for an unknown orientation', () => {
    expect(() => layout([], 800, { published, orientation: 'diagonal' as never })).toThrow('unknown orientation: diagonal');
  });

  it('fits a window around the publication date alone when there are no dated events', () => {
    const w = fitWindow([], published);
    expect(w.start).toBeLessThan(20397);
    expect(w.end).toBeGreaterThan(20398);
  });

  it('lays out a vertical timeline with time running down', () => {
    const v = layout(SAMPLE_EVENTS, 320, { published, orientation: 'vertical' });
    const holding = (id: string) => v.marks.find((m) => m.id === id || (m.kind === 'cluster' && m.ids.includes(id)))!;
    expect(v.axis.x1).toBe(v.axis.x2);
    expect(holding('e11').y).toBeLessThan(holding('e8').y);
    expect(v.published.y1).toBeGreaterThan(holding('e11').y);
    expect(v.published.y1).toBeLessThan(holding('e8').y);
  });
});

describe('layout at scale', () => {
  it('turns 10,000 events into a few hundred marks at most', () => {
    const l = layout(syntheticEvents(10_000), 1200, { published: '2025-01-01' });
    expect(l.marks.length).toBeLessThan(400);
    const counted = l.marks.reduce((n, m) => n + (m.kind === 'cluster' ? m.count : 1), 0);
    expect(counted).toBeGreaterThan(9000);
  });
});

describe('lanes at first view', () => {
  it('gives last week\'s bunched events lanes of their own instead of a cluster, within a newsroom height', () => {
    const l = layout(SAMPLE_EVENTS, 1000, { published });
    expect(l.marks.filter((m) => m.kind === 'cluster')).toEqual([]);
    // Lanes hold labels of up to three lines.
    expect(l.height).toBeLessThanOrEqual(780);
  });

  it('keeps the height of the fit view while zooming, so the page never jumps', () => {
    const fit = layout(SAMPLE_EVENTS, 1000, { published });
    const zoomed = layout(SAMPLE_EVENTS, 1000, { published, window: { start: 20384, end: 20400 } });
    expect(zoomed.height).toBe(fit.height);
  });

  it('keeps three lanes a side for thousands of events, which clusters and zoom serve better', () => {
    const many = layout(syntheticEvents(3000), 1000, { published });
    const fixed = layout(syntheticEvents(3000), 1000, { published, maxLanes: 3 });
    expect(many.height).toBe(fixed.height);
  });

  it('starts the latest label at its mark, with a whole label column after it', () => {
    const l = layout(SAMPLE_EVENTS, 1000, { published });
    const dated = l.marks.filter((m): m is EventMark => m.kind === 'event' && !m.undated);
    const late = dated.reduce((a, b) => (b.x > a.x ? b : a));
    expect(late.label.x).toBeCloseTo(late.x, 0);
    expect(late.label.x + late.label.width).toBeLessThanOrEqual(l.plot.end + 0.5);
    expect(late.label.lines.join(' ').replace(/- /g, '-')).toBe(late.event.label);
  });
});
