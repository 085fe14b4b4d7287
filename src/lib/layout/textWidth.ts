// Label widths without a DOM: a per-character width table, in thousandths of an em, so the
// same layout runs in Node, in the CLI and in the browser (the idea of Observable Plot's
// text.js). This module knows nothing of events or of the page; it only measures strings
// (where to cut a label that does not fit is cut.ts's business).

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

/** Width of every prefix of `text`: entry i is the width of `text.slice(0, i)` (UTF-16 index;
 *  an index inside a surrogate pair counts the whole character), so a cut is measured in O(1). */
export function prefixWidths(text: string, fontSize: number): Float64Array {
  const out = new Float64Array(text.length + 1);
  const scale = (fontSize * SAFETY) / 1000;
  let total = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const n = code > 0xffff ? 2 : 1;
    total += charWidth(code, n === 1 ? text[i] : text.slice(i, i + 2)) * scale;
    out[i + 1] = total;
    if (n === 2) out[i + 2] = total;
    i += n;
  }
  return out;
}
