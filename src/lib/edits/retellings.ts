// A story often tells the same happening twice in the same words: the dek (standfirst) repeated
// as the first sentence, a summary box over the body, a live page's recap of its own top. The
// events stage keeps every telling — each is a sentence of the article that carries the event,
// and a scorer counts each — but a reader of the graphic should see the line once. So what is
// shown keeps the first telling of each event whose label, dates, status and modality are the
// same; the document keeps them all. Pure; the order of `events` is kept.
import type { TimelineEvent } from '../document';

/** Straight quotes, one space, no case: a dek's "month's" is the body's "month’s". */
function sameWords(label: string): string {
  return label.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

function tellingKey(e: TimelineEvent): string {
  const w = e.when;
  return [sameWords(e.label), w.start, w.end, w.granularity, w.mod ?? '', e.status, e.modality ?? ''].join('\u0000');
}

// Per events array: the shown list is rebuilt on every edit, and the same array back keeps
// the caches keyed by it (edits/merge.ts's anchors, layout/prepare.ts) warm.
const cache = new WeakMap<readonly TimelineEvent[], TimelineEvent[]>();

/** The events with each repeated telling after the first left out. */
export function withoutRetellings<T extends TimelineEvent>(events: readonly T[]): T[] {
  const hit = cache.get(events);
  if (hit) return hit as T[];
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const e of events) {
    const key = tellingKey(e);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(e);
  }
  const out = kept.length === events.length ? (events as T[]) : kept;
  cache.set(events, out);
  return out;
}
