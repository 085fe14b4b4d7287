// The column's reading order: what happened, in time order; then what is expected, in time
// order; then expectations with no date. The Published marker stands between the first two.
// Pure; knows nothing of drawing.
import type { TimelineEvent } from '../document';
import { dayNumber } from '../layout/days';
import type { Side } from './types';

export interface Placed {
  event: TimelineEvent;
  side: Side;
  /** Day numbers of the first and last day; NaN when undated. */
  start: number;
  end: number;
}

export function readingOrder(events: readonly TimelineEvent[]): Placed[] {
  const placed = events.map((event, index) => {
    const dated = !!event.when.start;
    const start = dated ? safeDay(event.when.start!) : NaN;
    const end = dated ? safeDay(event.when.end ?? event.when.start!) : NaN;
    const side: Side = !dated || Number.isNaN(start) ? 'undated' : event.status === 'projected' ? 'projected' : 'past';
    return { event, side, start, end, index };
  });
  const rank: Record<Side, number> = { past: 0, projected: 1, undated: 2 };
  placed.sort(
    (a, b) =>
      rank[a.side] - rank[b.side] ||
      (a.side === 'undated' ? 0 : a.start - b.start || a.end - b.end) ||
      a.index - b.index,
  );
  return placed.map(({ index: _, ...p }) => p);
}

function safeDay(day: string): number {
  try {
    return dayNumber(day);
  } catch {
    return NaN;
  }
}
