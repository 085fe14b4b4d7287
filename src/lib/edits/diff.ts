// editsFromEvents: the edits that turn a fresh extraction of `text` into a given list of events.
// Used when a whole document arrives (an opened .json, a copied link, a TimelineJS import):
// the document is shown exactly as it came, and stays correctable and re-extractable, because
// what it has beyond extraction becomes ordinary edits. Both event lists index the same text,
// so here (unlike in mergeEdits) offsets are a reliable key.
// This module must not know where the document came from.
import type { TimelineEvent } from '../document';
import { anchorOf, normalise } from './anchor';
import { changedFields, type EditedEvent, type Edits } from './edits';

const sameSpan = (a: TimelineEvent, b: TimelineEvent) =>
  a.source.start === b.source.start && a.source.end === b.source.end;

const sameEvent = (a: TimelineEvent, b: TimelineEvent) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Key order fixed, so equality does not depend on how the JSON was written. */
function canonical(e: TimelineEvent): unknown {
  const w = e.when;
  return [e.id, e.label, e.status, e.modality ?? null, w.timex, w.start, w.end, w.granularity, w.text, w.mod ?? null,
    e.source.start, e.source.end, e.sources ?? null];
}

export function editsFromEvents(extracted: TimelineEvent[], events: TimelineEvent[], text: string): Edits {
  const matchOf = new Map<TimelineEvent, number>();
  const used = new Set<number>();
  // Strongest evidence first: same span and id, then same span and date words, then same span.
  const tests: Array<(doc: TimelineEvent, ex: TimelineEvent) => boolean> = [
    (d, x) => sameSpan(d, x) && d.id === x.id,
    (d, x) => sameSpan(d, x) && d.when.text === x.when.text,
    sameSpan,
  ];
  for (const test of tests) {
    for (const doc of events) {
      if (matchOf.has(doc)) continue;
      const i = extracted.findIndex((x, j) => !used.has(j) && test(doc, x));
      if (i >= 0) { matchOf.set(doc, i); used.add(i); }
    }
  }
  const changed: EditedEvent[] = [];
  const added: EditedEvent[] = [];
  for (const doc of events) {
    const i = matchOf.get(doc);
    if (i === undefined) {
      const sentence = normalise(text.slice(doc.source.start, doc.source.end));
      added.push({ event: doc, anchor: { sentence, dateText: null, at: doc.source.start } });
    } else if (!sameEvent(doc, extracted[i])) {
      changed.push({ event: doc, anchor: anchorOf(extracted[i], text), fields: changedFields(extracted[i], doc) });
    }
  }
  const deleted = extracted.flatMap((x, j) => (used.has(j) ? [] : [anchorOf(x, text)]));
  return { changed, added, deleted };
}
