// Shortening a label to a width the way a copy editor would: between words; never ending on a
// word that only leads into what was cut ("meets the…", "would love to…"); never parting a
// number from its scale ("1.5… million") or its digit groups ("10… 000"). A cut inside a word
// happens only when not even the first word fits, and never inside a number.
// Knows nothing of events, lanes or the page: only strings and widths from the width table.
import { prefixWidths, textWidth } from './textWidth';

const ELLIPSIS = '\u2026';

// Closed-class words that introduce the words after them: articles and determiners,
// prepositions, conjunctions. A label ending on one reads as a broken phrase, so the cut
// moves back before it. Verbs and pronouns stay: "He will…" still says something.
const LEADING = new Set(
  (
    'a an the this that these those its his her their our your my whose every each no ' +
    'of to in on at by for with from into onto over under about after before between against during without ' +
    'within through toward towards across via per than as like upon amid among including despite ' +
    'and or but nor if when while because whether although though until unless where'
  ).split(' '),
);
// Words that complete the number before them: cutting between would misstate the figure.
const SCALE = new Set('hundred hundreds thousand thousands million millions billion billions trillion trillions percent per cent bn'.split(' '));
const TRAILING = new Set([' ', ',', ';', ':', '.', '-', '\u2013', '\u2014']);

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where `text` may be cut, measured once; `bestCut` then answers for any room in O(words). */
export interface CutTable {
  text: string;
  /** Width of the whole text. */
  width: number;
  /** Word cuts, shortest first: the kept text ends at `ends[k]` (trailing punctuation dropped)
   *  and, with the ellipsis, is `widths[k]` wide; `good[k]` is false after a leading word. */
  ends: number[];
  widths: number[];
  good: boolean[];
  prefix: Float64Array;
  ellipsis: number;
}

/** The word's letters and digits, lower-cased: "(the" and "the," are both "the". */
function bare(text: string, from: number, to: number): string {
  while (from < to && !WORD_CHAR.test(text[from])) from++;
  while (to > from && !WORD_CHAR.test(text[to - 1])) to--;
  return text.slice(from, to).toLowerCase();
}

const hasDigit = (w: string) => {
  for (let i = 0; i < w.length; i++) if (isDigit(w.charCodeAt(i))) return true;
  return false;
};

export function cutTable(text: string, fontSize: number): CutTable {
  const prefix = prefixWidths(text, fontSize);
  const ellipsis = textWidth(ELLIPSIS, fontSize);
  const t: CutTable = { text, width: prefix[text.length], ends: [], widths: [], good: [], prefix, ellipsis };
  // Words as [start, end) pairs, found with a loop (no pattern to backtrack on a long label).
  const words: number[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const s = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    if (i > s) words.push(s, i);
  }
  for (let w = 0; w + 2 < words.length; w += 2) {
    const [s, e] = [words[w], words[w + 1]];
    let end = e;
    while (end > s && TRAILING.has(text[end - 1])) end--;
    const word = bare(text, s, end);
    if (!word) continue; // a dash or a bracket alone: cut before it instead
    const next = bare(text, words[w + 2], words[w + 3]);
    // Trailing punctuation closes a phrase: "so that," may end a cut, "so that" may not.
    const leading = end === e && LEADING.has(word);
    const numberGoesOn = hasDigit(word) && (SCALE.has(next) || (next.length === 3 && /^\d{3}$/.test(next)));
    t.ends.push(end);
    t.widths.push(prefix[end] + ellipsis);
    t.good.push(!leading && !numberGoesOn);
  }
  return t;
}

/** The longest cut that fits `room`: `ends.length` for the whole text, a good word cut if one
 *  fits, else any word cut, else -1 (only part of the first word fits). */
export function bestCut(t: CutTable, room: number): number {
  if (t.width <= room) return t.ends.length;
  let any = -1;
  for (let k = t.widths.length - 1; k >= 0; k--) {
    if (t.widths[k] > room) continue;
    if (t.good[k]) return k;
    if (any < 0) any = k;
  }
  return any;
}

/** The text of cut `k` (from `bestCut`) for `room`. */
export function cutText(t: CutTable, k: number, room: number): string {
  if (k >= t.ends.length) return t.text;
  if (k >= 0) return t.text.slice(0, t.ends[k]) + ELLIPSIS;
  // Inside the first word: as many characters as fit, but never part of a number.
  const { text, prefix } = t;
  let i = 0;
  while (i < text.length && prefix[i + 1] + t.ellipsis <= room) i++;
  if (i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) i--;
  const inNumber = (j: number) => j > 0 && j < text.length && isDigit(text.charCodeAt(j - 1)) && (isDigit(text.charCodeAt(j)) || (/[.,]/.test(text[j]) && isDigit(text.charCodeAt(j + 1))));
  if (inNumber(i)) while (i > 0 && (isDigit(text.charCodeAt(i - 1)) || /[.,$€£]/.test(text[i - 1]))) i--;
  while (i > 0 && TRAILING.has(text[i - 1])) i--;
  return text.slice(0, i) + ELLIPSIS;
}

/** The longest good prefix of `text` that fits `maxWidth`, with "…" when cut. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const t = cutTable(text, fontSize);
  return cutText(t, bestCut(t, maxWidth), maxWidth);
}
