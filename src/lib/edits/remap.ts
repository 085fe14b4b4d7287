// Edits carried across a change of the text that moves whole stretches of it: an article taken
// out of a story shifts every later article's sentences. Anchors find their sentences again by
// their words anyway; what only offsets say (the tie-breaking `at`, an edited entry's source
// sentences) is moved here, and a sentence of a removed stretch leaves the entry's sources.
// This module must not know what the stretches are (articles) or how they moved.
import type { SourceSpan, TimelineEvent } from '../document';
import type { Anchor } from './anchor';
import type { EditedEvent, Edits } from './edits';

/** Where an old offset is now, or null when the text it was in is gone. */
export type OffsetMap = (offset: number) => number | null;

function span(s: SourceSpan, map: OffsetMap): SourceSpan | null {
  const start = map(s.start);
  if (start === null) return null;
  return { start, end: start + (s.end - s.start) };
}

function event(e: TimelineEvent, map: OffsetMap): TimelineEvent {
  const source = span(e.source, map) ?? e.source;
  if (!e.sources) return { ...e, source };
  const sources = e.sources.flatMap((s) => span(s, map) ?? []);
  return { ...e, source, sources: sources.length ? sources : [source] };
}

const anchor = (a: Anchor, map: OffsetMap): Anchor => ({ ...a, at: map(a.at) ?? a.at });
const edited = (e: EditedEvent, map: OffsetMap): EditedEvent => ({ ...e, event: event(e.event, map), anchor: anchor(e.anchor, map) });

export function remapEdits(edits: Edits, map: OffsetMap): Edits {
  return {
    changed: edits.changed.map((e) => edited(e, map)),
    added: edits.added.map((e) => edited(e, map)),
    deleted: edits.deleted.map((a) => anchor(a, map)),
  };
}
