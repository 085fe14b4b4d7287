// Between a d3-zoom transform and the visible time window, along the timeline's time axis.
// Pure: the transform is a value {k, x, y}; the window is in day numbers. On a condensed axis
// (an Axis with a scale) zoom magnifies the fit-all axis uniformly in its units, so a break
// and the busy week grow alike; day windows pass through the scale. Knows nothing of the DOM
// or of events.
import { slowestKept, toDay, toUnit, windowToUnits, type TimeScale } from '../layout/scale';
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
  /** The layout's fit-all scale when the axis is condensed (Layout.scale); absent or null: days. */
  scale?: TimeScale | null;
}

const unit = (a: Axis, day: number) => (a.scale ? toUnit(a.scale, day) : day);
const dayOf = (a: Axis, u: number) => (a.scale ? toDay(a.scale, u) : u);
const units = (a: Axis, w: TimeWindow): TimeWindow => windowToUnits(a.scale, w);
const perPixel = (a: Axis) => (unit(a, a.domain.end) - unit(a, a.domain.start)) / (a.plot.end - a.plot.start);

/** The window shown when the fit-all axis is transformed by `t`. */
export function windowOf(a: Axis, t: ZoomValue): TimeWindow {
  const shift = a.orientation === 'horizontal' ? t.x : t.y;
  const u0 = unit(a, a.domain.start);
  const day = (px: number) => dayOf(a, u0 + ((px - shift) / t.k - a.plot.start) * perPixel(a));
  return { start: day(a.plot.start), end: day(a.plot.end) };
}

/** The transform that shows `w` (clamped to at least `minDays`). */
export function transformFor(a: Axis, w: TimeWindow, minDays = 3): ZoomValue {
  let { start, end } = w;
  if (end - start < minDays) {
    const mid = (start + end) / 2;
    [start, end] = [mid - minDays / 2, mid + minDays / 2];
  }
  const d = units(a, a.domain);
  const u = units(a, { start, end });
  const k = (d.end - d.start) / (u.end - u.start);
  const pos = a.plot.start + (u.start - d.start) / perPixel(a);
  const shift = a.plot.start - pos * k;
  return a.orientation === 'horizontal' ? { k, x: shift, y: 0 } : { k, x: 0, y: shift };
}

/** Largest useful zoom: about `minDays` days across the whole plot (in the stretch where a day
 *  is shortest, on a condensed axis, so every stretch can be opened that far). */
export function maxZoom(a: Axis, minDays = 3): number {
  if (!a.scale) return Math.max(1, (a.domain.end - a.domain.start) / minDays);
  const d = units(a, a.domain);
  return Math.max(1, (d.end - d.start) / (minDays * slowestKept(a.scale)));
}

/** Along the time axis, positions drawn for window `from` move to `a * p + b` for window `to`. */
export interface AxisShift {
  a: number;
  b: number;
}

/** The linear map from positions laid out for `from` to where they belong for `to` (same plot).
 *  With a scale, the windows are compared in its units, where the map is still linear. */
export function shiftBetween(dayFrom: TimeWindow, dayTo: TimeWindow, plot: { start: number; end: number }, scale?: TimeScale | null): AxisShift {
  const [from, to] = [windowToUnits(scale, dayFrom), windowToUnits(scale, dayTo)];
  const a = (from.end - from.start) / (to.end - to.start);
  const b = plot.start * (1 - a) + ((from.start - to.start) * (plot.end - plot.start)) / (to.end - to.start);
  return { a, b };
}

/** Days an event moves when dragged `du` axis units from its start (through the scale). */
export function daysMoved(a: Axis, start: number, du: number): number {
  return dayOf(a, unit(a, start) + du) - start;
}

/** Axis units per pixel of a plot showing window `w`. */
export function unitsPerPixel(a: Axis, w: TimeWindow, plot: { start: number; end: number }): number {
  const u = units(a, w);
  return (u.end - u.start) / (plot.end - plot.start);
}
