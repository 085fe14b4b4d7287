// A text change as one splice: at `at`, `removed` was replaced by `inserted`.
// The history stores these instead of whole texts, so a 1 MB article with hundreds of undo
// steps costs hundreds of small strings, not hundreds of megabytes.
// This module must not know what the text is.

export interface Splice {
  at: number;
  removed: string;
  inserted: string;
}

/** The single splice turning `before` into `after` (common prefix and suffix kept); null when equal. */
export function diffText(before: string, after: string): Splice | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) suffix++;
  return {
    at: prefix,
    removed: before.slice(prefix, before.length - suffix),
    inserted: after.slice(prefix, after.length - suffix),
  };
}

export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.at) + s.inserted + text.slice(s.at + s.removed.length);
}

export function invertSplice(s: Splice): Splice {
  return { at: s.at, removed: s.inserted, inserted: s.removed };
}
