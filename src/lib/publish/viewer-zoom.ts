// Zoom and pan for the embed's light viewer, as values: a visible window in day numbers,
// kept inside the fit-all domain and never narrower than `minDays`. The app's view uses
// d3-zoom; the embed does the same job in these few lines, which keeps d3-zoom, d3-selection
// and d3-transition (~12 KB gzip) out of a reader's page. On a condensed axis (the layout's
// scale) zoom and pan work in axis units, as the app's d3-zoom does, so busy and quiet stretches
// magnify alike; windows stay in days. Pure; knows nothing of the DOM.
import { slowestKept, windowToDays as days, windowToUnits as units, type TimeScale } from '../layout/scale';
import type { TimeWindow } from '../layout/types';

export const MIN_DAYS = 3;


/** Zooms by `factor` (> 1 zooms in) around `anchor`, a fraction of the window (0.5 = centre). */
export function zoomWindow(w: TimeWindow, domain: TimeWindow, factor: number, anchor = 0.5, minDays = MIN_DAYS, scale: TimeScale | null = null): TimeWindow {
  if (scale) return days(scale, zoomWindow(units(scale, w), units(scale, domain), factor, anchor, minDays * slowestKept(scale)));
  const full = domain.end - domain.start;
  const span = Math.min(full, Math.max(Math.min(minDays, full), (w.end - w.start) / factor));
  const at = w.start + (w.end - w.start) * anchor;
  return clampWindow({ start: at - span * anchor, end: at - span * anchor + span }, domain);
}

/** Moves the window by `share` of its own length (positive = later), stopping at the domain's ends. */
export function panWindow(w: TimeWindow, domain: TimeWindow, share: number, scale: TimeScale | null = null): TimeWindow {
  if (scale) return days(scale, panWindow(units(scale, w), units(scale, domain), share));
  const by = share * (w.end - w.start);
  return clampWindow({ start: w.start + by, end: w.end + by }, domain);
}

export function clampWindow(w: TimeWindow, domain: TimeWindow): TimeWindow {
  const span = Math.min(w.end - w.start, domain.end - domain.start);
  const start = Math.min(Math.max(w.start, domain.start), domain.end - span);
  return { start, end: start + span };
}

/** True when the window shows the whole domain (nothing to zoom out of). */
export const isFit = (w: TimeWindow, domain: TimeWindow): boolean =>
  w.start <= domain.start + 1e-6 && w.end >= domain.end - 1e-6;
