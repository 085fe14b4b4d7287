import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/lib/layout';
import type { Mark } from '../../../src/lib/layout/types';
import { markView } from '../../../src/lib/timeline/markView';
import { SAMPLE_EVENTS, syntheticEvents } from '../layout/fixtures';

const drawn = layout(SAMPLE_EVENTS, 1200, { published: '2025-11-05' });
const byId = (id: string) => drawn.marks.find((m) => m.id === id)!;
const options = { horizontal: true, slide: false, selected: false, edited: false, fontSize: drawn.fontSize };
const slid = { ...options, slide: true };

describe('markView', () => {
  it('draws a single day as a point of radius 5 centred on the mark', () => {
    const m = byId('e1');
    const v = markView(m, options);
    expect(v.box.w).toBe(10);
    expect(v.box.r).toBe(5);
    expect(v.box.x + 5).toBeCloseTo(m.cx, 1);
    expect(v.cls).toBe('nl-mark nl-past nl-point');
  });

  it('draws a range as a band as wide as laid out', () => {
    const m = byId('e8');
    const v = markView(m, options);
    expect(v.box.w).toBeCloseTo(m.width, 1);
    expect(v.cls).toBe('nl-mark nl-projected nl-band');
  });

  it('crosses out an event that did not happen and strikes each line of its label', () => {
    const m = byId('e3');
    const v = markView(m, options);
    expect(v.kind).toBe('void');
    expect(v.cross?.d).toMatch(/^M[\d.]+,[\d.]+l10,10m0,-10l-10,10$/);
    expect(v.strikes).toHaveLength(m.label.lines.length);
    expect(markView(byId('e1'), options).cross).toBeNull();
  });

  it('gives no positions along the axis unless the drawing is slid', () => {
    const v = markView(byId('e8'), options);
    expect([v.along, v.stretch]).toEqual([null, false]);
  });

  it('slides a point with its label from its centre, and a band, its label and its cross from its start', () => {
    const point = byId('e1');
    expect(markView(point, slid)).toMatchObject({ along: Math.round(point.cx * 10) / 10, stretch: false });
    const band = byId('e8');
    expect(markView(band, slid)).toMatchObject({ along: Math.round(band.x * 10) / 10, stretch: true });
  });

  it('keeps an undated event in place while the drawing slides', () => {
    const v = markView(byId('e10'), slid);
    expect(v.along).toBeNull();
  });

  it('slides along y on a vertical timeline', () => {
    const vertical = layout(SAMPLE_EVENTS, 375, { published: '2025-11-05', orientation: 'vertical' });
    const m = vertical.marks.find((x) => x.id === 'e1' || (x.kind === 'cluster' && x.ids.includes('e1')))!;
    expect(markView(m, { ...slid, horizontal: false }).along).toBe(Math.round(m.cy * 10) / 10);
  });

  it('writes a cluster count, capped at 99+, and a span bar when the cluster covers more than 20 px', () => {
    const many = layout(syntheticEvents(2000), 800, { published: '2025-01-01' });
    const clusters = many.marks.filter((m): m is Extract<Mark, { kind: 'cluster' }> => m.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    for (const c of clusters) {
      const v = markView(c, options);
      expect(v.countText).toBe(c.count > 99 ? '99+' : String(c.count));
      expect(v.box.w).toBe(18);
      expect(v.span !== null).toBe(c.width > 20 || c.height > 20);
    }
  });

  it('marks the selected and the edited event in the classes', () => {
    const v = markView(byId('e1'), { ...options, selected: true, edited: true });
    expect(v.cls).toBe('nl-mark nl-past nl-point nl-selected');
    expect(v.labelCls).toBe('nl-mark-label nl-past nl-selected nl-edited');
  });

  it('marks an event told in passing as background in its label class, and no other', () => {
    const mark = byId('e1') as Extract<Mark, { kind: 'event' }>;
    const v = markView({ ...mark, event: { ...mark.event, prominence: 'background' } }, options);
    expect(v.labelCls).toBe('nl-mark-label nl-past nl-background');
    expect(markView(mark, options).labelCls).toBe('nl-mark-label nl-past');
  });
});
