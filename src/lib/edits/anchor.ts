// Anchors: how an edit finds "its" event again after the article text changed.
// Raw offsets are useless for that (typing one word above shifts every event below it), and
// extraction ids are positional. What a reporter does not change when fixing another part of
// the story is the sentence an event came from and the words that dated it ("last week"), so
// an anchor is that pair, plus the old offset only to break ties between identical sentences.
// This module must not know about the edit store, the app or extraction internals.
import type { TimelineEvent } from '../document';

export interface Anchor {
  /** The source sentence, whitespace collapsed. */
  sentence: string;
  /** The words that dated the event ("last week"), or null for an undated event. */
  dateText: string | null;
  /** Where the sentence started when the anchor was taken: a tie-breaker, never a key. */
  at: number;
}

/** Collapses runs of whitespace so re-wrapped lines and pasted non-breaking spaces still match. */
export function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function anchorOf(event: TimelineEvent, text: string): Anchor {
  return {
    sentence: normalise(text.slice(event.source.start, event.source.end)),
    dateText: event.when.text === null ? null : normalise(event.when.text),
    at: event.source.start,
  };
}

export function sameKey(a: Anchor, b: Anchor): boolean {
  return a.sentence === b.sentence && a.dateText === b.dateText;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(WORD) ?? []);
}

/**
 * Word overlap (Jaccard) of two sentences, 0..1. Used as a second chance when the reporter
 * fixed a typo inside the very sentence an edited event came from.
 */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared);
}

/** Finds `sentence` in `text` (whitespace-insensitive), nearest to `near`; null when gone. */
export function locate(sentence: string, text: string, near: number): { start: number; end: number } | null {
  if (sentence === '') return null;
  // The sentence's words with any run of whitespace between them, as it may have been re-wrapped.
  // Words hold no whitespace, so each \s+ has exactly one way to match: no backtracking blow-up.
  const words = sentence.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(words.join('\\s+'), 'g');
  let best: { start: number; end: number } | null = null;
  for (const m of text.matchAll(pattern)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (best === null || Math.abs(span.start - near) < Math.abs(best.start - near)) best = span;
    if (span.start > near) break;
  }
  return best;
}
