// Greedy word wrap with the width table that never cuts: every character of the text is on
// some line. A word wider than the line is broken between characters, not shortened. Pure.
import { textWidth } from '../layout/textWidth';

export function wrapLines(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => textWidth(s, fontSize, bold) <= maxWidth;
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // An overlong word (a URL, a long compound): break it where the line is full.
    while (!fits(line) && line.length > 1) {
      const cut = longestFit(line, fits);
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The longest prefix of `word` (at least one character, short of the whole) that fits. A
 *  prefix only widens as it grows, so a binary search finds it: counting down from the end took
 *  over a second for a 400-character word in a narrow column (found by the fuzz script). */
function longestFit(word: string, fits: (s: string) => boolean): number {
  let lo = 1;
  let hi = word.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(word.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
