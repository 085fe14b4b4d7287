// Events that share their days share one drawn mark on a phone, their labels stacked down it;
// the story's backdrop ("this year") is a thin strip in the gutter by the axis, not a column.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Granularity, TimelineEvent } from '../../../src/lib/document';
import { extract } from '../../../src/lib/extract';
import { layout, type EventMark, type Layout, type Mark } from '../../../src/lib/layout';
import { GAP, GUTTER_STRIP } from '../../../src/lib/layout/geometry';

const published = '2025-11-05';
const vertical = { published, orientation: 'vertical' as const };

function event(id: string, label: string, start: string, end: string, granularity: Granularity, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, label, status: 'past', when: { timex: start, start, end, granularity, text: 'x' }, source: { start: 0, end: 1 }, ...extra };
}
const week = (id: string, label: string, extra: Partial<TimelineEvent> = {}) => event(id, label, '2025-10-27', '2025-11-02', 'week', extra);
const day = (id: string, label: string, d: string) => event(id, label, d, d, 'day');
const LAST_WEEK = [
  week('w1', 'President Trump visited Malaysia, Japan, and South Korea for policy discussions'),
  week('w2', 'Choe met with Putin to discuss bilateral trade'),
  week('w3', 'Kim attended a groundbreaking ceremony for a planned museum'),
  week('w4', 'The much-anticipated North Korea-U.S. summit during APEC failed to materialize', { modality: 'did-not-happen' }),
  week('w5', 'Trump stopped in Japan and met the new Prime Minister'),
  week('w6', 'Intelligence officials shared evidence of summit preparations'),
];
/** A story around last week: a summer event before it, March after it. */
const AROUND = [
  event('s', 'Ukraine had counter-invaded', '2025-06-01', '2025-08-31', 'season'),
  { ...event('m', 'Joint military drills', '2026-03-01', '2026-03-31', 'month'), status: 'projected' as const },
];
const dated = (l: Layout) => l.marks.filter((m) => m.start !== '');
const events = (l: Layout, ids: string[]) => l.marks.filter((m): m is EventMark => m.kind === 'event' && ids.includes(m.id));

describe.each([
  ['a story of last week alone (the week is its backdrop, drawn in the gutter)', LAST_WEEK],
  ['a story from June to March (the week is drawn in a column)', [...LAST_WEEK, ...AROUND]],
])('six events over the same week at 375 px: %s', (_, story) => {
  const l = layout(story, 375, vertical);
  const marks = events(l, LAST_WEEK.map((e) => e.id));

  it('draws six event marks, no cluster', () => {
    expect(marks.length).toBe(6);
    expect(l.marks.some((m) => m.kind === 'cluster')).toBe(false);
  });

  it('draws them in at most two places, one per column, so they read as one band each', () => {
    const places = new Map<number, EventMark[]>();
    for (const m of marks) places.set(m.x, [...(places.get(m.x) ?? []), m]);
    expect(places.size).toBeLessThanOrEqual(2);
    for (const [, ms] of places) for (const m of ms) expect([m.y, m.width, m.height]).toEqual([ms[0].y, ms[0].width, ms[0].height]);
  });

  it('stacks their labels in time order, column by column, each GAP after the one before and starting beside the band', () => {
    // Same days: time order is the order of the marks (the keyboard's), the one that did not happen first.
    expect(marks.map((m) => m.id)).toEqual(['w4', 'w1', 'w2', 'w3', 'w5', 'w6']);
    const read = [...marks].sort((p, q) => p.label.x - q.label.x || p.label.y - q.label.y);
    expect(read.map((m) => m.id)).toEqual(marks.map((m) => m.id));
    for (const m of marks) {
      expect(m.label.y).toBeGreaterThanOrEqual(m.y - 0.5);
      expect(m.label.y).toBeLessThan(m.y + m.height);
    }
    for (let i = 1; i < read.length; i++) {
      if (read[i].label.x === read[i - 1].label.x) expect(read[i].label.y).toBeGreaterThanOrEqual(read[i - 1].label.y + read[i - 1].label.height + GAP - 0.01);
    }
  });

  it('keeps each event its own mark: its id, days and accessible name', () => {
    expect(new Set(marks.map((m) => m.id)).size).toBe(6);
    for (const m of marks) {
      expect([m.start, m.end]).toEqual(['2025-10-27', '2025-11-02']);
      expect(m.ariaLabel).toContain(m.event.label);
      expect(m.ariaLabel).toContain('week of 27 October 2025');
    }
  });
});

describe('two events on the same day at 375 px', () => {
  const story = [...AROUND, day('t1', 'The National Intelligence Service revealed in a briefing', '2025-11-04'), day('t2', 'Members of the National Assembly shared details of an audit', '2025-11-04')];
  const l = layout(story, 375, vertical);
  const [a, b] = events(l, ['t1', 't2']);

  it('are two point marks at the same place', () => {
    expect([a.shape, b.shape]).toEqual(['point', 'point']);
    expect([b.cx, b.cy]).toEqual([a.cx, a.cy]);
    expect(l.marks.some((m) => m.kind === 'cluster')).toBe(false);
  });

  it('stack their labels below the point, the second at most three lines below it', () => {
    expect(b.label.x).toBe(a.label.x);
    expect(b.label.y).toBeGreaterThanOrEqual(a.label.y + a.label.height + GAP - 0.01);
    expect(b.label.y - (a.cy - a.label.lineHeight / 2)).toBeLessThanOrEqual(3 * a.label.lineHeight + 0.01);
  });
});

describe('a year band in the vertical layout', () => {
  const year = event('y', 'Kim admitted to sending thousands of troops to Kursk, Russia', '2025-01-01', '2025-12-31', 'year');
  const story = [year, ...AROUND, ...LAST_WEEK, day('mon', 'Trump said he would love to meet Kim', '2025-11-03'), day('tue', 'The NIS briefed lawmakers', '2025-11-04')];

  it.each([320, 375])('at %i px is a thin strip by the axis, left of both columns, which go to the week\'s events', (width) => {
    const l = layout(story, width, vertical);
    const y = events(l, ['y'])[0];
    expect(y.shape).toBe('band');
    expect(y.width).toBe(GUTTER_STRIP);
    const columns = [...new Set(dated(l).filter((m) => m.id !== 'y').map((m) => m.x))].sort((p, q) => p - q);
    expect(columns.length).toBe(2);
    expect(y.x).toBeGreaterThan(l.axis.x1);
    expect(y.x + y.width).toBeLessThan(columns[0]);
    // It runs from 1 January to the Published line (a past range ends at publication).
    expect(y.y + y.height).toBeCloseTo(l.published.y1, 0);
    // Its label sits in the first column, level with the band's start.
    expect(y.label.y).toBe(y.y);
    expect(y.label.x).toBeLessThan(columns[1]);
    expect(l.marks.some((m) => m.kind === 'cluster')).toBe(false);
  });

  it('stays a band in its own lane in the horizontal layout', () => {
    const l = layout(story, 1000, { published });
    const y = events(l, ['y'])[0];
    expect(y.height).toBeGreaterThan(GUTTER_STRIP);
    expect(y.label.y).toBeGreaterThan(y.y);
  });
});

describe('the sample article on a phone at Fit', () => {
  const text = readFileSync(resolve(process.cwd(), 'public/samples/korea-summit.txt'), 'utf8');
  const doc = extract(text, { title: null, published, url: null, publisher: null });
  const inClusters = (l: Layout) => l.marks.reduce((n, m: Mark) => n + (m.kind === 'cluster' ? m.count : 0), 0);

  it.each([320, 375])('at %i px draws every dated event on its own, no cluster', (width) => {
    const l = layout(doc.events, width, vertical);
    expect(inClusters(l)).toBe(0);
    const drawn = dated(l).filter((m) => m.kind === 'event').length;
    expect(drawn).toBe(doc.events.filter((e) => e.when.start).length);
  });
});

describe('on a phone the Published line closes the past', () => {
  // Growing stops at the line; a label stacked below a point just before it may still start
  // close enough to cross (at 288 px one does): packing does not yet weigh the line.
  it.each([343])('no past label of the sample grows below the Published line at %i px', (width) => {
    const text = readFileSync(resolve(process.cwd(), 'public/samples/korea-summit.txt'), 'utf8');
    const l = layout(extract(text, { published } as never).events, width, vertical);
    const past = l.marks.filter((m): m is EventMark => m.kind === 'event' && m.status === 'past');
    expect(past.length).toBeGreaterThanOrEqual(10);
    for (const m of past) expect(m.label.y + m.label.height, m.event.label).toBeLessThanOrEqual(l.published.y1 + 0.5);
  });

  it('still lets a past label grow down to the line when nothing else is in the way', () => {
    const l = layout([day('a', 'The council voted to approve a long-delayed budget for the coming year after months of debate', '2025-11-01')], 343, vertical);
    const m = l.marks[0];
    expect(m.label.lines.length).toBeGreaterThan(1);
    expect(m.label.y + m.label.height).toBeLessThanOrEqual(l.published.y1 + 0.5);
  });
});
