// The zoom-independent half of layout: events parsed to day numbers, sorted by time, label
// widths measured once, and an interval index so each zoom frame only visits the events in
// view. Cached per events array, so a zoom frame over 10,000 events does no sorting.
// Knows nothing of pixels or orientation.
import type { TimelineEvent } from '../document';
import { dayNumber } from './days';
import type { Fade } from './types';

export interface Item {
  event: TimelineEvent;
  /** First day and the day after the last (exclusive), as day numbers. */
  start: number;
  end: number;
  point: boolean;
  fade: Fade;
  /** Position in `items`: keys the per-item label caches. */
  index: number;
}

export interface Prepared {
  /** Dated events sorted by start, then end, then did-not-happen first, then id. */
  items: Item[];
  starts: Float64Array;
  /** prefixMaxEnd[i] = max end of items[0..i]: lets a window query skip ranges that ended before it. */
  prefixMaxEnd: Float64Array;
  undated: TimelineEvent[];
  /** Earliest start and latest end (exclusive) of the dated events, or null when none. */
  extent: { start: number; end: number } | null;
  /** How many dated events are past and projected: sets how many lanes each side gets. */
  statusCounts: [number, number];
  /** Which kinds of event the legend explains: any that did not happen (undated included), any
   *  dated range. Known here so a zoom frame does not scan every event for them. */
  kinds: { didNotHappen: boolean; range: boolean };
  /** Measured labels, keyed by orientation, font size, room and text. */
  labels: Map<string, { lines: string[]; along: number; cross: number }>;
  /** The same, per item index, for each frame signature. */
  measured: Map<string, { lines: string[]; along: number; cross: number }[]>;
  /** Per item index, for each frame signature: what grow.ts needs to lengthen a label. */
  growth: Map<string, unknown[]>;
}

const FADE: Record<string, Fade> = {
  APPROX: 'both',
  BEFORE: 'start',
  ON_OR_BEFORE: 'start',
  AFTER: 'end',
  ON_OR_AFTER: 'end',
};

const cache = new WeakMap<readonly TimelineEvent[], Prepared>();

export function prepare(events: readonly TimelineEvent[]): Prepared {
  const hit = cache.get(events);
  if (hit) return hit;
  const items: Item[] = [];
  const undated: TimelineEvent[] = [];
  for (const event of events) {
    const start = event.when.start ? dayNumber(event.when.start) : NaN;
    if (Number.isNaN(start)) {
      undated.push(event);
      continue;
    }
    const last = event.when.end ? dayNumber(event.when.end) : start;
    const end = (Number.isNaN(last) || last < start ? start : last) + 1;
    const point = end - start === 1 && (event.when.granularity === 'day' || event.when.granularity === null);
    items.push({ event, start, end, point, fade: FADE[event.when.mod ?? ''] ?? 'none', index: 0 });
  }
  // Among events of the same days, one that did not happen comes first: they share one drawn
  // mark (slots.ts), and the mark drawn last, on top, then shows what did happen.
  const voidFirst = (e: TimelineEvent) => (e.modality === 'did-not-happen' ? 0 : 1);
  items.sort((a, b) => a.start - b.start || a.end - b.end || voidFirst(a.event) - voidFirst(b.event) || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0));
  const starts = new Float64Array(items.length);
  const prefixMaxEnd = new Float64Array(items.length);
  let maxEnd = -Infinity;
  items.forEach((item, i) => {
    item.index = i;
    starts[i] = item.start;
    maxEnd = Math.max(maxEnd, item.end);
    prefixMaxEnd[i] = maxEnd;
  });
  const extent = items.length ? { start: items[0].start, end: maxEnd } : null;
  const statusCounts: [number, number] = [0, 0];
  for (const item of items) statusCounts[item.event.status === 'projected' ? 1 : 0]++;
  const kinds = { didNotHappen: events.some((e) => e.modality === 'did-not-happen'), range: items.some((i) => !i.point) };
  const prepared = { items, starts, prefixMaxEnd, undated, extent, statusCounts, kinds, labels: new Map(), measured: new Map(), growth: new Map() };
  cache.set(events, prepared);
  return prepared;
}

/** First index i in a sorted array with a[i] >= x (a[i] > x when `after`). */
export function bisect(a: Float64Array, x: number, after = false): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after ? a[mid] <= x : a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index range [from, to) of the items that may overlap [start, end): O(log n) to find. */
export function visibleRange(p: Prepared, start: number, end: number): [number, number] {
  // Items before `from` all ended by `start`: prefixMaxEnd is non-decreasing, so bisect it.
  const from = bisect(p.prefixMaxEnd, start, true);
  const to = bisect(p.starts, end);
  return [from, Math.max(from, to)];
}
