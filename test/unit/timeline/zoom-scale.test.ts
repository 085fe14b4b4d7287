import { describe, expect, it } from 'vitest';
import { linearScale, toUnit, type TimeScale } from '../../../src/lib/layout/scale';
import { daysMoved, maxZoom, shiftBetween, transformFor, windowOf, type Axis } from '../../../src/lib/timeline/zoomWindow';

// A condensed fit-all axis: 100 days, then a 400-day break of 20 units, then 10 busy days.
const scale: TimeScale = { days: [0, 100, 500, 510], units: [0, 200, 220, 500], breaks: [{ fromDay: 100, toDay: 500 }] };
const plot = { start: 50, end: 550 };
const axis: Axis = { domain: { start: 0, end: 510 }, plot, orientation: 'vertical', scale };

describe('zoom on a condensed axis', () => {
  it('shows the fit-all window at the identity transform', () => {
    const w = windowOf(axis, { k: 1, x: 0, y: 0 });
    expect(w.start).toBeCloseTo(0, 9);
    expect(w.end).toBeCloseTo(510, 9);
  });

  it('round-trips a day window through its transform', () => {
    for (const w of [{ start: 502, end: 508 }, { start: 20, end: 90 }, { start: 80, end: 505 }]) {
      const back = windowOf(axis, transformFor(axis, w));
      expect(back.start).toBeCloseTo(w.start, 6);
      expect(back.end).toBeCloseTo(w.end, 6);
    }
  });

  it('magnifies the axis uniformly in units: a window of the busy days zooms less than its days alone suggest', () => {
    const t = transformFor(axis, { start: 500, end: 510 });
    expect(t.k).toBeCloseTo(500 / 280, 9);
  });

  it('lets every stretch be opened to about three days across the plot', () => {
    expect(maxZoom(axis)).toBeCloseTo(500 / (3 * 2), 9); // the slowest kept stretch: 2 units a day
  });

  it('moves positions between windows linearly in units', () => {
    const from = { start: 0, end: 510 };
    const to = { start: 500, end: 510 };
    const at = (w: typeof from, day: number) => plot.start + ((toUnit(scale, day) - toUnit(scale, w.start)) / (toUnit(scale, w.end) - toUnit(scale, w.start))) * 500;
    const { a, b } = shiftBetween(from, to, plot, scale);
    for (const day of [0, 100, 500, 505, 510]) expect(a * at(from, day) + b).toBeCloseTo(at(to, day), 9);
  });

  it('moves a dragged event by the days its new position stands for', () => {
    expect(daysMoved(axis, 502, 28)).toBeCloseTo(1, 9); // 28 units a day in the busy stretch
    expect(daysMoved(axis, 10, 4)).toBeCloseTo(2, 9); // 2 units a day before the break
  });

  it('behaves as before with no scale or a linear one', () => {
    const linear: Axis = { domain: { start: 0, end: 100 }, plot, orientation: 'horizontal' };
    const withLinear: Axis = { ...linear, scale: linearScale(linear.domain, 100) };
    const t = transformFor(linear, { start: 20, end: 40 });
    expect(t.k).toBe(5);
    const a = windowOf(withLinear, t);
    expect(a.start).toBeCloseTo(20, 9);
    expect(a.end).toBeCloseTo(40, 9);
    expect(maxZoom(linear)).toBeCloseTo(100 / 3, 9);
  });
});
