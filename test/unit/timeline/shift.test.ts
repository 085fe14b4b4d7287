import { describe, expect, it } from 'vitest';
import { shiftBetween } from '../../../src/lib/timeline/zoomWindow';

// Where a day is drawn for a window, on a plot from 100 to 1100 px.
const plot = { start: 100, end: 1100 };
const at = (w: { start: number; end: number }, day: number) => plot.start + ((day - w.start) / (w.end - w.start)) * (plot.end - plot.start);

describe('shiftBetween', () => {
  it('moves a position laid out for one window to where the same day is drawn in another', () => {
    const from = { start: 0, end: 100 };
    const to = { start: 40, end: 60 };
    const { a, b } = shiftBetween(from, to, plot);
    for (const day of [0, 40, 50, 60, 100]) expect(a * at(from, day) + b).toBeCloseTo(at(to, day), 9);
  });

  it('is the identity when the window does not change', () => {
    const w = { start: 10, end: 30 };
    expect(shiftBetween(w, w, plot)).toEqual({ a: 1, b: 0 });
  });
});
