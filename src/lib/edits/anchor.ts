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
  const direct = nearestIndexOf(text, sentence, near);
  if (direct !== null) return { start: direct, end: direct + sentence.length };
  // The sentence may have been re-wrapped: search a whitespace-collapsed copy, mapping offsets back.
  const map: number[] = [];
  let flat = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      if (!space && flat !== '') { flat += ' '; map.push(i); }
      space = true;
    } else {
      flat += text[i];
      map.push(i);
      space = false;
    }
  }
  const nearFlat = map.findIndex((i) => i >= near);
  const found = nearestIndexOf(flat, sentence, nearFlat < 0 ? flat.length : nearFlat);
  if (found === null) return null;
  return { start: map[found], end: map[found + sentence.length - 1] + 1 };
}

function nearestIndexOf(haystack: string, needle: string, near: number): number | null {
  let best: number | null = null;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
    if (i > near) break;
  }
  return best;
}
