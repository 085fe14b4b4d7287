// The time scale of the fit-all axis: a monotone, strictly increasing piecewise-linear map from
// day numbers to axis units. A proportional axis is one segment; a condensed axis (condense.ts
// chooses its cuts) cuts long quiet stretches short and draws them as axis breaks. Pure,
// serialisable numbers: no DOM, no clock; knows nothing of events, zoom or drawing.

export interface TimeScale {
  /** Breakpoints: days[i] maps to units[i]; both strictly increasing, at least two. */
  days: number[];
  units: number[];
  /** Segments drawn as an axis break (quiet time cut short), as [fromDay, toDay]. */
  breaks: { fromDay: number; toDay: number }[];
}

/** The proportional scale: one segment, a day is the same length everywhere. */
export function linearScale(domain: { start: number; end: number }, length = domain.end - domain.start): TimeScale {
  return { days: [domain.start, domain.end], units: [0, length], breaks: [] };
}

/** Index i of the segment [i, i+1] that holds x in `xs` (the first or last one past the ends). */
function segment(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function through(from: readonly number[], to: readonly number[], x: number): number {
  const i = segment(from, x);
  return to[i] + ((x - from[i]) * (to[i + 1] - to[i])) / (from[i + 1] - from[i]);
}

/** Axis units of a day (fractional); past the ends, the end segments extend linearly. */
export function toUnit(s: TimeScale, day: number): number {
  return through(s.days, s.units, day);
}

/** The day at an axis unit: the inverse of toUnit. */
export function toDay(s: TimeScale, unit: number): number {
  return through(s.units, s.days, unit);
}

/** A day window in axis units, and back; a proportional axis (no scale) keeps days as units. */
export function windowToUnits(s: TimeScale | null | undefined, w: { start: number; end: number }): { start: number; end: number } {
  return s ? { start: toUnit(s, w.start), end: toUnit(s, w.end) } : w;
}
export function windowToDays(s: TimeScale | null | undefined, w: { start: number; end: number }): { start: number; end: number } {
  return s ? { start: toDay(s, w.start), end: toDay(s, w.end) } : w;
}

/** Units per day of the slowest kept (non-break) segment: how far a zoom may usefully go. */
export function slowestKept(s: TimeScale): number {
  let slowest = Infinity;
  for (let i = 0; i + 1 < s.days.length; i++) {
    if (s.breaks.some((b) => b.fromDay === s.days[i])) continue;
    slowest = Math.min(slowest, (s.units[i + 1] - s.units[i]) / (s.days[i + 1] - s.days[i]));
  }
  return Number.isFinite(slowest) ? slowest : (s.units[s.units.length - 1] - s.units[0]) / (s.days[s.days.length - 1] - s.days[0]);
}

/** The kept (non-break) stretches as day ranges, in order. */
export function keptStretches(s: TimeScale): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < s.days.length; i++) {
    if (s.breaks.some((b) => b.fromDay === s.days[i])) continue;
    out.push({ start: s.days[i], end: s.days[i + 1] });
  }
  return out;
}
