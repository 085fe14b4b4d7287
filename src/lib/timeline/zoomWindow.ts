// Between a d3-zoom transform and the visible time window, along the timeline's time axis.
// Pure: the transform is a value {k, x, y}; the window is in day numbers. Knows nothing of
// the DOM or of events.
import type { Orientation, TimeWindow } from '../layout/types';

export interface ZoomValue {
  k: number;
  x: number;
  y: number;
}

export interface Axis {
  domain: TimeWindow;
  plot: { start: number; end: number };
  orientation: Orientation;
}

const perPixel = (a: Axis) => (a.domain.end - a.domain.start) / (a.plot.end - a.plot.start);

/** The window shown when the fit-all axis is transformed by `t`. */
export function windowOf(a: Axis, t: ZoomValue): TimeWindow {
  const shift = a.orientation === 'horizontal' ? t.x : t.y;
  const day = (px: number) => a.domain.start + ((px - shift) / t.k - a.plot.start) * perPixel(a);
  return { start: day(a.plot.start), end: day(a.plot.end) };
}

/** The transform that shows `w` (clamped to at least `minDays`). */
export function transformFor(a: Axis, w: TimeWindow, minDays = 3): ZoomValue {
  let { start, end } = w;
  if (end - start < minDays) {
    const mid = (start + end) / 2;
    [start, end] = [mid - minDays / 2, mid + minDays / 2];
  }
  const k = (a.domain.end - a.domain.start) / (end - start);
  const pos = a.plot.start + (start - a.domain.start) / perPixel(a);
  const shift = a.plot.start - pos * k;
  return a.orientation === 'horizontal' ? { k, x: shift, y: 0 } : { k, x: 0, y: shift };
}

/** Largest useful zoom: about `minDays` days across the whole plot. */
export function maxZoom(a: Axis, minDays = 3): number {
  return Math.max(1, (a.domain.end - a.domain.start) / minDays);
}

/** Along the time axis, positions drawn for window `from` move to `a * p + b` for window `to`. */
export interface AxisShift {
  a: number;
  b: number;
}

/** The linear map from positions laid out for `from` to where they belong for `to` (same plot). */
export function shiftBetween(from: TimeWindow, to: TimeWindow, plot: { start: number; end: number }): AxisShift {
  const a = (from.end - from.start) / (to.end - to.start);
  const b = plot.start * (1 - a) + ((from.start - to.start) * (plot.end - plot.start)) / (to.end - to.start);
  return { a, b };
}
