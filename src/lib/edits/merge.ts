// mergeEdits: the events to show = a fresh extraction with the user's edits laid on top.
// Each change or deletion claims the extracted event with the same anchor (source sentence +
// date words; the nearest one when a sentence repeats); failing that, an event dated by the same
// words in a sentence that shares most of its words (the reporter fixed a typo in it).
// An edit that claims nothing is never dropped: a changed event is kept as the user left it and
// re-attached to its sentence if that still exists. A deletion that claims nothing stays on
// record, in case the sentence comes back. This module must not know about the app or storage.
import type { SourceSpan, TimelineEvent } from '../document';
import { anchorOf, locate, normalise, similarity, type Anchor } from './anchor';
import { hasEdits, overlay, type EditedEvent, type Edits } from './edits';

/** Two sentences sharing this share of their words are taken as one sentence, re-typed. */
const SAME_SENTENCE = 0.6;

type Claim = { kind: 'changed'; edit: EditedEvent } | { kind: 'deleted' };

export function mergeEdits(extracted: TimelineEvent[], edits: Edits, text: string): TimelineEvent[] {
  if (!hasEdits(edits)) return extracted;
  // Candidates are grouped by their date words first, and a sentence is only normalised when
  // an edit could want it: on a long article most events are never looked at.
  const anchors = anchorCache(extracted, text);
  const anchorAt = (i: number) => (anchors[i] ??= anchorOf(extracted[i], text));
  const byDate = new Map<string | null, number[]>();
  extracted.forEach((e, i) => {
    const key = e.when.text === null ? null : normalise(e.when.text);
    const group = byDate.get(key);
    if (group) group.push(i);
    else byDate.set(key, [i]);
  });
  const claims = new Map<number, Claim>();
  const wants: Array<{ anchor: Anchor; claim: Claim }> = [
    ...edits.deleted.map((anchor) => ({ anchor, claim: { kind: 'deleted' } as Claim })),
    ...edits.changed.map((edit) => ({ anchor: edit.anchor, claim: { kind: 'changed', edit } as Claim })),
  ];
  const open = (anchor: Anchor) => (byDate.get(anchor.dateText) ?? []).filter((i) => !claims.has(i));

  const pending = wants.filter(({ anchor, claim }) => {
    const same = open(anchor).filter((i) => anchorAt(i).sentence === anchor.sentence);
    const i = nearest(same, extracted, anchor.at);
    if (i === null) return true;
    claims.set(i, claim);
    return false;
  });
  const orphans = pending.filter(({ anchor, claim }) => {
    const i = mostSimilar(open(anchor), anchorAt, anchor);
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
      // The user's fields over the fresh extraction, at the sentence's current offsets.
      const kept = overlay(event, claim.edit);
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

/**
 * Anchors of one extraction, kept while that same array is merged again: while the user edits
 * events the extraction does not change, so each edit costs only the matching, not re-reading
 * every sentence. Weakly held, so a replaced extraction takes its anchors with it.
 */
const cache = new WeakMap<TimelineEvent[], { text: string; anchors: Array<Anchor | undefined> }>();

function anchorCache(extracted: TimelineEvent[], text: string): Array<Anchor | undefined> {
  const hit = cache.get(extracted);
  if (hit && hit.text === text) return hit.anchors;
  const anchors: Array<Anchor | undefined> = [];
  cache.set(extracted, { text, anchors });
  return anchors;
}

/** The candidate whose sentence started nearest to where the anchor's did. */
function nearest(candidates: number[], events: TimelineEvent[], at: number): number | null {
  let best: number | null = null;
  for (const i of candidates) {
    if (best === null || Math.abs(events[i].source.start - at) < Math.abs(events[best].source.start - at)) best = i;
  }
  return best;
}

function mostSimilar(candidates: number[], anchorAt: (i: number) => Anchor, anchor: Anchor): number | null {
  let best: number | null = null;
  let bestScore = SAME_SENTENCE;
  for (const i of candidates) {
    const score = similarity(anchorAt(i).sentence, anchor.sentence);
    if (score >= bestScore && (best === null || score > bestScore)) [best, bestScore] = [i, score];
  }
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
