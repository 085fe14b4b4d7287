// Label widths without a DOM: a per-character width table, in thousandths of an em, so the
// same layout runs in Node, in the CLI and in the browser (the idea of Observable Plot's
// text.js). This module knows nothing of events or of the page; it only measures strings.

// Helvetica/Arial advance widths. Wider faces (DejaVu Sans on Linux, Segoe UI) run up to ~12%
// wider, so `SAFETY` errs on the wide side: a label may end a little early, never overlap.
const SAFETY = 1.12;
const WIDE = 1000; // CJK, emoji and other wide characters
const DEFAULT = 556;

const table: Record<string, number> = {};
const set = (chars: string, w: number) => {
  for (const c of chars) table[c] = w;
};
set(' !,./:;I[\\]ft', 278);
set('ijl', 222);
set('"', 355);
set("'", 191);
set('|', 260);
set('()-`r', 333);
set('{}', 334);
set('*', 389);
set('^', 469);
set('Jcksvxyz', 500);
set('#$0123456789?L_abdeghnopqu', 556);
set('+<=>~', 584);
set('FTZ', 611);
set('ABEKPSVXY', 667);
set('&', 667);
set('CDHNRUw', 722);
set('GOQ', 778);
set('mM', 833);
set('%', 889);
set('W', 944);
set('@', 1015);
set('\u2018\u2019', 222);
set('\u201c\u201d', 333);
set('\u2013', 556);
set('\u2014', 1000);
set('\u2026', 1000);

function charWidth(code: number, ch: string): number {
  const w = table[ch];
  if (w !== undefined) return w;
  // Combining marks take no room; CJK, Hangul and emoji are about one em.
  if (code >= 0x300 && code < 0x370) return 0;
  if (code >= 0x1100) return WIDE;
  return DEFAULT;
}

/** Width of `text` in pixels at `fontSize` px, bold text ~6% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const ch of text) total += charWidth(ch.codePointAt(0)!, ch);
  return (total / 1000) * fontSize * SAFETY * (bold ? 1.06 : 1);
}

/** The longest prefix of `text` (cut at a word when it can) that fits `maxWidth`, with "…". */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = textWidth('\u2026', fontSize);
  let width = 0;
  let cut = 0;
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const w = textWidth(chars[i], fontSize);
    if (width + w + ellipsis > maxWidth) break;
    width += w;
    cut = i + 1;
  }
  let head = chars.slice(0, cut).join('');
  const space = head.lastIndexOf(' ');
  // Cut at a word boundary unless that throws away more than a third of what fits.
  if (space > head.length * 0.66) head = head.slice(0, space);
  return trimTrailingPunctuation(head) + '\u2026';
}

/** Splits `text` into at most `maxLines` lines of at most `maxWidth`; the last line truncated. */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (textWidth(next, fontSize) <= maxWidth || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(truncate(`${line} ${words.slice(i).join(' ')}`, maxWidth, fontSize));
      return lines;
    }
    lines.push(line);
    line = words[i];
  }
  if (line) lines.push(truncate(line, maxWidth, fontSize));
  return lines;
}

const TRAILING = new Set([' ', ',', ';', ':', '.', '-', '\u2013', '\u2014']);

// A loop rather than a `[...]+$` pattern, which backtracks quadratically on long runs.
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1])) end--;
  return text.slice(0, end);
}
