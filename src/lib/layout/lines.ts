// A label in lines: wrapped to a column's width (between words, or after a hyphen inside a
// compound such as "counter-invaded"), then kept to a number of lines, the last one carrying
// the rest of the label cut as cut.ts cuts it. Knows nothing of events or lanes: only strings,
// widths from the width table and offsets into the label.
import { bestCut, cutTable, cutText, truncate } from './cut';
import { textWidth } from './textWidth';

export interface Wrapped {
  text: string;
  /** Every line the label needs at the column's width; a piece wider than that stands alone, uncut. */
  lines: string[];
  /** Where each line starts in `text`, so the rest of the label from any line is at hand. */
  starts: number[];
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

export function wrapLines(text: string, maxWidth: number, fontSize: number): Wrapped {
  const out: Wrapped = { text, lines: [], starts: [] };
  const space = textWidth(' ', fontSize);
  let line = '';
  let lineW = 0;
  let start = 0;
  const add = (from: number, to: number, spaced: boolean) => {
    const piece = text.slice(from, to);
    const w = textWidth(piece, fontSize);
    const joined = lineW + (spaced ? space : 0) + w;
    if (line && joined <= maxWidth) {
      line += spaced ? ` ${piece}` : piece;
      lineW = joined;
      return;
    }
    if (line) {
      out.lines.push(line);
      out.starts.push(start);
    }
    [line, lineW, start] = [piece, w, from];
  };
  // Words by a loop over the characters (no pattern to backtrack); inside a word, a break
  // may follow a hyphen that has letters on both sides.
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    let from = i;
    let spaced = true;
    while (i < text.length && !isSpace(text.charCodeAt(i))) {
      if (text[i] === '-' && i > from && i + 1 < text.length && !isSpace(text.charCodeAt(i + 1))) {
        add(from, i + 1, spaced);
        [from, spaced] = [i + 1, false];
      }
      i++;
    }
    if (i > from) add(from, i, spaced);
  }
  if (line) {
    out.lines.push(line);
    out.starts.push(start);
  }
  return out;
}

/** At most `maxLines` lines of `w`, the last carrying the rest of the label, cut. A last line
 *  that could only end inside its first word gives way to the line before; one that could only
 *  end after a leading word ("to…") gives way to the line before if that one ends well. */
export function fitLines(w: Wrapped, maxLines: number, maxWidth: number, fontSize: number): string[] {
  const most = Math.min(maxLines, w.lines.length);
  const whole = (n: number) => w.lines.slice(0, n).map((l) => truncate(l, maxWidth, fontSize));
  if (most === w.lines.length) return whole(most);
  let fallback: string[] | null = null;
  // Looking back past the first line that ends badly would lose more than the bad end costs.
  for (let n = most; n >= 1 && !(fallback && n < fallback.length - 1); n--) {
    const t = cutTable(w.text.slice(w.starts[n - 1]), fontSize);
    const k = bestCut(t, maxWidth);
    if (k < 0 && n > 1) continue;
    const lines = [...whole(n - 1), cutText(t, k, maxWidth)];
    if (k < 0 || k >= t.ends.length || t.good[k]) return fallback && k < 0 ? fallback : lines;
    fallback ??= lines;
  }
  return fallback ?? [];
}

/** Lines stacked down a vertical label: as long as its lines, as wide as its widest. */
export function stacked(lines: string[], lineHeight: number, fontSize: number): { lines: string[]; along: number; cross: number } {
  return { lines, along: lines.length * lineHeight, cross: Math.max(...lines.map((l) => textWidth(l, fontSize))) };
}

/** Splits `text` into at most `maxLines` lines of at most `maxWidth`; the last line cut. */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  return fitLines(wrapLines(text, maxWidth, fontSize), maxLines, maxWidth, fontSize);
}
