// Vertical labels also take the free columns to their right. A phone splits its width into two
// or three columns, so a label wraps at 70-120 px even where the columns beside it are empty for
// its whole height (a story's early background usually is). After grow.ts has settled how far
// each label runs down its column, a label still cut widens across the next columns that hold
// nothing (no mark, no label, GAP apart) over that stretch, keeping at most its lines. Only a
// column's own slots are checked, so two widened labels never meet: a label may widen into a
// column only where that column's own slots leave it free, and any label reaching further right
// starts in such a column. Knows nothing of dates or the page: only slots, a frame, the widths.
import { GAP, type Frame } from './geometry';
import { fitLines, wrapLines, type Wrapped } from './lines';
import type { Prepared } from './prepare';
import type { Measured, Slot } from './slots';
import { textWidth } from './textWidth';

interface Wide {
  /** Per extra column count: the label wrapped at that width, and the label per line count. */
  wrapped: (Wrapped | undefined)[];
  byKey: Map<number, Measured>;
}

const shown = (m: Measured) => m.lines.reduce((n, l) => n + l.length - (l.endsWith('\u2026') ? 1 : 0), 0);

export function widenLabels(slots: Slot[], p: Prepared, f: Frame, fontSize: number): void {
  const columns = f.lanes[0];
  if (f.orientation !== 'vertical' || columns < 2) return;
  // Per column, its slots' stretches along the axis in order (packing order is position order
  // within a column), with the running furthest end: "does anything here overlap [a, b]" is a
  // bisection.
  const los: number[][] = Array.from({ length: columns }, () => []);
  const his: number[][] = Array.from({ length: columns }, () => []);
  for (const s of slots) {
    const col = s.lane;
    const lo = Math.min(s.markLo, s.labelLo);
    const hi = Math.max(s.markHi, s.labelLo + s.label.along);
    const prev = his[col].length ? his[col][his[col].length - 1] : -Infinity;
    los[col].push(lo);
    his[col].push(Math.max(prev, hi));
  }
  const free = (col: number, a: number, b: number) => {
    const lo = los[col];
    let [i, j] = [0, lo.length];
    while (i < j) {
      const mid = (i + j) >>> 1;
      if (lo[mid] < b + GAP) i = mid + 1;
      else j = mid;
    }
    return i === 0 || his[col][i - 1] <= a - GAP;
  };
  const sig = `wide|${fontSize}|${f.labelMax}|${f.laneSize}`;
  let cache = p.growth.get(sig);
  if (!cache) p.growth.set(sig, (cache = new Array(p.items.length)));
  for (const s of slots) {
    if (s.members.length > 1 || s.lane >= columns - 1) continue;
    const a = s.labelLo;
    const b = a + s.label.along;
    let extra = 0;
    while (s.lane + extra + 1 < columns && free(s.lane + extra + 1, a, b)) extra++;
    if (!extra) continue;
    const item = s.members[0];
    const w = (cache[item.index] ??= { wrapped: [], byKey: new Map() }) as Wide;
    const n = s.label.lines.length;
    const key = extra * 16 + n;
    let m = w.byKey.get(key);
    if (!m) {
      const width = f.labelMax + extra * f.laneSize;
      const wrapped = (w.wrapped[extra] ??= wrapLines(item.event.label, width, fontSize));
      const lines = fitLines(wrapped, n, width, fontSize);
      m = { lines, along: lines.length * f.lineHeight, cross: Math.max(...lines.map((l) => textWidth(l, fontSize))) };
      w.byKey.set(key, m);
    }
    if (shown(m) > shown(s.label)) s.label = m;
  }
}
