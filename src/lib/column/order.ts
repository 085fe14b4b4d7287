// The column's reading order: what happened, in time order; then what is expected, in time
// order; then expectations with no date. The Published marker stands between the first two.
// Entries of the same days keep the article's order, except that a date the writer hedged
// ("about Sept. 19") follows the plain one and "before"/"by" comes first, so each kicker is
// written once over its group instead of the day's heading coming back after "About".
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
      (a.side === 'undated' ? 0 : a.start - b.start || a.end - b.end || modRank(a.event) - modRank(b.event)) ||
      a.index - b.index,
  );
  return placed.map(({ index: _, ...p }) => p);
}

/** Where a hedged date stands among entries of the same days: before, plain, about, after. */
const MOD_RANK: Record<string, number> = { BEFORE: -2, ON_OR_BEFORE: -1, APPROX: 1, ON_OR_AFTER: 2, AFTER: 3 };
const modRank = (event: TimelineEvent): number => (event.when.mod ? (MOD_RANK[event.when.mod] ?? 0) : 0);

function safeDay(day: string): number {
  try {
    return dayNumber(day);
  } catch {
    return NaN;
  }
}
