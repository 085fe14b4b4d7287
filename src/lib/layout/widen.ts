// Vertical labels also take the free columns to their right. A phone splits its width into two
// or three columns, so a label wraps at 70-120 px even where the columns beside it are empty for
// its whole height (a story's early background usually is). After grow.ts has settled how far
// each label runs down its column, a label still cut widens across the next columns that hold
// nothing (no mark, no label, GAP apart) over that stretch; wider, it may also take more lines
// where its own column has the room (grow.ts counted lines at the column's width). Only a
// column's own slots are checked, so two widened labels never meet: a label may widen into a
// column only where that column's own slots leave it free, and any label reaching further right
// starts in such a column. Columns go right to left, so those slots are final when checked.
// Knows nothing of dates or the page: only slots, a frame, the widths.
import { GAP, type Frame } from './geometry';
import { maxLines } from './grow';
import { fitLines, stacked, wrapLines, type Wrapped } from './lines';
import type { Prepared } from './prepare';
import type { Measured, Slot } from './slots';

interface Wide {
  /** Per extra column count: the label wrapped at that width, and the label per line count. */
  wrapped: (Wrapped | undefined)[];
  byKey: Map<number, Measured>;
}

const shown = (m: Measured) => m.lines.reduce((n, l) => n + l.length - (l.endsWith('\u2026') ? 1 : 0), 0);

/** `published`: as for growLabels, the line a past label's lines stop at. */
export function widenLabels(slots: Slot[], p: Prepared, f: Frame, fontSize: number, published: number | null = null): void {
  const columns = f.lanes[0];
  if (f.orientation !== 'vertical' || columns < 2) return;
  // Per column, its slots (indices) and their stretches along the axis in order (packing order
  // is position order within a column), with the running furthest end: "does anything here
  // overlap [a, b]" is a bisection.
  const at: number[][] = Array.from({ length: columns }, () => []);
  const los: number[][] = Array.from({ length: columns }, () => []);
  const his: number[][] = Array.from({ length: columns }, () => []);
  slots.forEach((s, k) => {
    const col = s.lane;
    const lo = Math.min(s.markLo, s.labelLo);
    const hi = Math.max(s.markHi, s.labelLo + s.label.along);
    const prev = his[col].length ? his[col][his[col].length - 1] : -Infinity;
    at[col].push(k);
    los[col].push(lo);
    his[col].push(Math.max(prev, hi));
  });
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
  const most = maxLines(f.labelMax);
  // Right to left: a label widens only into columns on its right, whose labels are final then.
  for (let col = columns - 2; col >= 0; col--) {
    for (let j = 0; j < at[col].length; j++) {
      const s = slots[at[col][j]];
      if (s.members.length > 1) continue;
      const a = s.labelLo;
      // Wider, a label may also take more lines, down to what grow.ts allowed in its column:
      // the next slot there, or the frame's labelEnd.
      let end = j + 1 < los[col].length ? los[col][j + 1] - GAP : f.labelEnd;
      if (published !== null && s.members[0].event.status === 'past' && a < published) end = Math.min(end, published - 2);
      const lines = Math.max(s.label.lines.length, Math.min(most, Math.floor((end - a + 0.5) / f.lineHeight)));
      const item = s.members[0];
      const w = (cache[item.index] ??= { wrapped: [], byKey: new Map() }) as Wide;
      let best = s.label;
      for (let n = Math.max(1, s.label.lines.length); n <= lines; n++) {
        let extra = 0;
        while (col + extra + 1 < columns && free(col + extra + 1, a, a + n * f.lineHeight)) extra++;
        // More lines only meet more in the columns beside.
        if (!extra) break;
        const m = widened(w, item.event.label, extra, n, f, fontSize);
        if (shown(m) > shown(best)) best = m;
        if (m.lines.length < n) break; // the whole label already shows
      }
      if (best === s.label) continue;
      s.label = best;
      // Its column's running end, for the columns on its left still to come.
      for (let k = j, hi = a + best.along; k < his[col].length && his[col][k] < hi; k++) his[col][k] = hi;
    }
  }
}

function widened(w: Wide, text: string, extra: number, n: number, f: Frame, fontSize: number): Measured {
  const key = extra * 16 + n;
  let m = w.byKey.get(key);
  if (!m) {
    const width = f.labelMax + extra * f.laneSize;
    const wrapped = (w.wrapped[extra] ??= wrapLines(text, width, fontSize));
    m = stacked(fitLines(wrapped, n, width, fontSize), f.lineHeight, fontSize);
    w.byKey.set(key, m);
  }
  return m;
}
