// A text change as one splice: at `at`, `removed` was replaced by `inserted`.
// The history stores these instead of whole texts, so a 1 MB article with hundreds of undo
// steps costs hundreds of small strings, not hundreds of megabytes.
// This module must not know what the text is.

export interface Splice {
  at: number;
  removed: string;
  inserted: string;
}

/** Equal runs are skipped a block at a time (native string comparison), the rest char by char. */
const BLOCK = 2048;

/** The single splice turning `before` into `after` (common prefix and suffix kept); null when equal. */
export function diffText(before: string, after: string): Splice | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + BLOCK <= max && before.slice(prefix, prefix + BLOCK) === after.slice(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (
    suffix + BLOCK <= room &&
    before.slice(before.length - suffix - BLOCK, before.length - suffix) === after.slice(after.length - suffix - BLOCK, after.length - suffix)
  ) suffix += BLOCK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return {
    at: prefix,
    removed: before.slice(prefix, before.length - suffix),
    inserted: after.slice(prefix, after.length - suffix),
  };
}

/**
 * `first` then `second` as one splice, when `second` continues where `first` left off (typing
 * on, or backspacing over what was just typed); null otherwise. Saves re-diffing a long text.
 */
export function composeSplices(first: Splice, second: Splice): Splice | null {
  const end = first.at + first.inserted.length;
  if (second.removed === '' && second.at === end) {
    return { at: first.at, removed: first.removed, inserted: first.inserted + second.inserted };
  }
  if (second.at >= first.at && second.at + second.removed.length === end) {
    const kept = first.inserted.slice(0, second.at - first.at);
    return { at: first.at, removed: first.removed, inserted: kept + second.inserted };
  }
  return null;
}

export function applySplice(text: string, s: Splice): string {
  return text.slice(0, s.at) + s.inserted + text.slice(s.at + s.removed.length);
}

export function invertSplice(s: Splice): Splice {
  return { at: s.at, removed: s.inserted, inserted: s.removed };
}
