// Greedy word wrap with the layout's width table, for headlines in exported pictures (SVG
// text does not wrap by itself). Pure; bounded to `maxLines`, the last line ends in "…".
import { textWidth } from '../layout/textWidth';

export function wrapText(text: string, maxWidth: number, fontSize: number, bold: boolean, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
      if (lines.length === maxLines) break;
    } else {
      line = next;
    }
  }
  if (lines.length < maxLines) return (line ? [...lines, line] : lines).map((l) => fit(l, maxWidth, fontSize, bold));
  // Out of lines: mark the cut on the last one.
  const last = lines.length - 1;
  lines[last] = fit(`${lines[last]}…`, maxWidth, fontSize, bold);
  return lines;
}

/** Shortens one line (a single overlong word) until it fits, keeping a trailing "…". */
function fit(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  if (textWidth(line, fontSize, bold) <= maxWidth) return line;
  let cut = line.replace(/…$/, '');
  while (cut.length > 1 && textWidth(`${cut}…`, fontSize, bold) > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}
