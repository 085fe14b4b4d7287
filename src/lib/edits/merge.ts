// mergeEdits: the events to show = a fresh extraction with the user's edits laid on top.
// Each change or deletion claims the extracted event with the same anchor (source sentence +
// date words; the nearest one when a sentence repeats); failing that, an event dated by the same
// words in a sentence that shares most of its words (the reporter fixed a typo in it).
// An edit that claims nothing is never dropped: a changed event is kept as the user left it and
// re-attached to its sentence if that still exists. A deletion that claims nothing stays on
// record, in case the sentence comes back. This module must not know about the app or storage.
import type { SourceSpan, TimelineEvent } from '../document';
import { anchorOf, locate, sameKey, similarity, type Anchor } from './anchor';
import type { EditedEvent, Edits } from './edits';

/** Two sentences sharing this share of their words are taken as one sentence, re-typed. */
const SAME_SENTENCE = 0.6;

type Claim = { kind: 'changed'; edit: EditedEvent } | { kind: 'deleted' };

export function mergeEdits(extracted: TimelineEvent[], edits: Edits, text: string): TimelineEvent[] {
  const anchors = extracted.map((e) => anchorOf(e, text));
  const claims = new Map<number, Claim>();
  const wants: Array<{ anchor: Anchor; claim: Claim }> = [
    ...edits.deleted.map((anchor) => ({ anchor, claim: { kind: 'deleted' } as Claim })),
    ...edits.changed.map((edit) => ({ anchor: edit.anchor, claim: { kind: 'changed', edit } as Claim })),
  ];
  const unclaimed = (i: number) => !claims.has(i);

  const pending = wants.filter(({ anchor, claim }) => {
    const i = nearest(anchors, anchor, (j) => unclaimed(j) && sameKey(anchors[j], anchor));
    if (i === null) return true;
    claims.set(i, claim);
    return false;
  });
  const orphans = pending.filter(({ anchor, claim }) => {
    const i = mostSimilar(anchors, anchor, unclaimed);
    if (i === null) return true;
    claims.set(i, claim);
    return false;
  });

  const edited: TimelineEvent[] = [];
  const shown: TimelineEvent[] = [];
  extracted.forEach((event, i) => {
    const claim = claims.get(i);
    if (claim?.kind === 'deleted') return;
    if (claim?.kind === 'changed') {
      // The user's event, at the offsets of the sentence as it now stands.
      const kept = { ...claim.edit.event, source: event.source };
      edited.push(kept);
      shown.push(kept);
    } else shown.push(event);
  });
  const reattached = [
    ...orphans.flatMap(({ claim }) => (claim.kind === 'changed' ? [claim.edit] : [])),
    ...edits.added,
  ].map((edit) => ({ ...edit.event, source: reattach(edit, text) }));
  edited.push(...reattached);
  return uniqueIds([...shown, ...reattached], new Set(edited));
}

/** Index of the candidate whose anchor was taken nearest to where `anchor` was. */
function nearest(anchors: Anchor[], anchor: Anchor, ok: (i: number) => boolean): number | null {
  let best: number | null = null;
  anchors.forEach((a, i) => {
    if (!ok(i)) return;
    if (best === null || Math.abs(a.at - anchor.at) < Math.abs(anchors[best].at - anchor.at)) best = i;
  });
  return best;
}

function mostSimilar(anchors: Anchor[], anchor: Anchor, ok: (i: number) => boolean): number | null {
  let best: number | null = null;
  let bestScore = SAME_SENTENCE;
  anchors.forEach((a, i) => {
    if (!ok(i) || a.dateText !== anchor.dateText) return;
    const score = similarity(a.sentence, anchor.sentence);
    if (score >= bestScore && (best === null || score > bestScore)) [best, bestScore] = [i, score];
  });
  return best;
}

/** The span of the edit's sentence in the current text, or an empty span at 0 when it is gone. */
function reattach(edit: EditedEvent, text: string): SourceSpan {
  const { event, anchor } = edit;
  const { start, end } = event.source;
  if (end <= text.length && text.slice(start, end).replace(/\s+/g, ' ').trim() === anchor.sentence) return event.source;
  return locate(anchor.sentence, text, anchor.at) ?? { start: 0, end: 0 };
}

/**
 * Edited events keep their ids (selection and the user's references stay valid); an extracted
 * event whose positional id now collides with one of them is renamed, since it is unedited.
 */
function uniqueIds(events: TimelineEvent[], edited: Set<TimelineEvent>): TimelineEvent[] {
  const editedIds = new Set([...edited].map((e) => e.id));
  const taken = new Set(events.map((e) => e.id));
  return events.map((event) => {
    if (edited.has(event) || !editedIds.has(event.id)) return event;
    let n = 1;
    while (taken.has(`${event.id}~${n}`)) n++;
    taken.add(`${event.id}~${n}`);
    return { ...event, id: `${event.id}~${n}` };
  });
}
