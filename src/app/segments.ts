// The article as plain-text pieces split at the events' source spans, so the reading view can
// highlight a sentence with text nodes alone (never markup). Linear in the text plus
// O(s log s) in the spans. Knows nothing of the DOM.
import type { TimelineEvent } from '../lib/document';

export interface Segment {
  start: number;
  end: number;
  /** Events whose source covers this piece (empty for plain text). */
  ids: string[];
}

export function splitAtSources(text: string, events: readonly TimelineEvent[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const spans = events
    .filter((e) => e.source.end > e.source.start && e.source.start >= 0 && e.source.end <= text.length)
    .map((e) => ({ id: e.id, start: e.source.start, end: e.source.end }));
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  spans.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let open: typeof spans = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (next < spans.length && spans[next].start <= start) open.push(spans[next++]);
    open = open.filter((s) => s.end > start);
    out.push({ start, end, ids: open.filter((s) => s.start <= start).map((s) => s.id) });
  }
  return out;
}
