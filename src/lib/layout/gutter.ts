// The story's backdrop out of the columns. A band over a large share of the fit window ("this
// year" in a story of a few months: condense.ts's LONG_SHARE, the same notion) would hold a
// whole phone column for its whole span while last week's events crowd the other one. In the
// vertical layout such a band is drawn as a thin strip in a gutter between the axis and the
// first column, one track per band that overlaps another (identical spans share one), and only
// its label is packed in a column, level with the band's start. Chosen once per events and
// publication date, in days, so a zoom frame never moves a band in or out of the gutter and
// the frame's width never changes. Knows nothing of pixels, zoom or drawing.
import { LONG_SHARE } from './condense';
import { publishedInstant } from './days';
import type { Item, Prepared } from './prepare';
import type { TimeWindow } from './types';

/** At most this many gutter tracks: past it, a backdrop band packs like any event. */
const MAX_TRACKS = 3;
/** The fit-all window's shortest span, in days. */
const MIN_DAYS = 7;

export interface Gutter {
  tracks: number;
  /** Per item index, its gutter track, or -1 when it packs in the columns. */
  trackOf: Int8Array;
}

/** The fit-all window: every dated event and the publication date, with a little air. */
export function fitWindowOf(p: Prepared, published: string): TimeWindow {
  const pub = publishedInstant(published);
  let start = Math.min(p.extent?.start ?? pub - 15, pub - 0.5);
  let end = Math.max(p.extent?.end ?? pub + 15, pub + 0.5);
  // A breaking story's events fall within days of publication: the window closes on them (a
  // week at least, so a single day still reads as a day among days) instead of leaving them a
  // fifth of the width of a fixed fortnight.
  if (end - start < MIN_DAYS) {
    const mid = (start + end) / 2;
    [start, end] = [mid - MIN_DAYS / 2, mid + MIN_DAYS / 2];
  }
  const pad = (end - start) * 0.03;
  return { start: start - pad, end: end + pad };
}

/** An item's days as drawn: a past range that straddles publication ends there, a projected
 *  one starts there (it happened by then, or comes after it). */
export function drawnSpan(item: Item, pub: number): { start: number; end: number } {
  const straddles = item.start < pub && item.end > pub;
  const past = item.event.status === 'past';
  return { start: straddles && !past ? pub : item.start, end: straddles && past ? pub : item.end };
}

const cache = new WeakMap<Prepared, Map<string, Gutter>>();
const NONE: Gutter = { tracks: 0, trackOf: new Int8Array(0) };

export function gutterOf(p: Prepared, published: string): Gutter {
  let byDate = cache.get(p);
  if (!byDate) cache.set(p, (byDate = new Map()));
  const hit = byDate.get(published);
  if (hit) return hit;
  const pub = publishedInstant(published);
  const fit = fitWindowOf(p, published);
  const long = LONG_SHARE * (fit.end - fit.start);
  const trackOf = new Int8Array(p.items.length).fill(-1);
  // Per track, the end of its last band (days) and that band's item, in start order.
  const ends: number[] = [];
  const lastOf: Item[] = [];
  for (const item of p.items) {
    const s = drawnSpan(item, pub);
    if (item.point || s.end - s.start < long) continue;
    let t = ends.findIndex((end, k) => {
      const prev = lastOf[k];
      const same = prev.start === item.start && prev.end === item.end && prev.event.status === item.event.status;
      return same || end <= s.start;
    });
    if (t < 0) {
      if (ends.length >= MAX_TRACKS) continue;
      t = ends.length;
    }
    ends[t] = Math.max(ends[t] ?? -Infinity, s.end);
    lastOf[t] = item;
    trackOf[item.index] = t;
  }
  const g = ends.length ? { tracks: ends.length, trackOf } : NONE;
  byDate.set(published, g);
  return g;
}
