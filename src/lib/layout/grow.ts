// Labels take the room they have. Packing measures every label at a short width (that width
// alone decides lanes and clusters); once the lanes are settled, each label grows into the free
// room after it in its lane, up to the next label or mark there (less GAP) and the frame's
// labelEnd: a cut label wraps again in a wider column horizontally, more lines (four, six in a narrow column) vertically.
// Growing never moves a label, so it can never cost a lane or make a cluster. One backward pass:
// linear in the slots. Knows nothing of dates or the page: only slots, a frame, the width table.
import { GAP, type Frame } from './geometry';
import { fitLines, stacked, wrap, wrapLines, type Wrapped } from './lines';
import { textWidth } from './textWidth';
import type { Prepared } from './prepare';
import type { Measured, Slot } from './slots';

/** A vertical label grows down its column to at most this many lines; a narrow column (a phone
 *  split in two) holds ten-odd characters a line, so it may take six, which say about as much. */
export const maxLines = (column: number) => (column < 100 ? 6 : 4);

/** Vertical: every line the label wraps to in its column, and the label for each line count. */
interface Lines {
  all: Wrapped;
  byCount: (Measured | undefined)[];
}

/** Lengthens, in place, the single-event labels of `slots` (in packing order) into free room.
 *  `published` (vertical only): where the Published line is drawn; a past event's label grows
 *  no further down than that line, so no past text reads as projected. */
export function growLabels(slots: Slot[], p: Prepared, f: Frame, fontSize: number, published: number | null = null): void {
  const horizontal = f.orientation === 'horizontal';
  const sig = `${f.orientation}|${fontSize}|${horizontal ? '' : f.labelMax}`;
  let cache = p.growth.get(sig);
  if (!cache) p.growth.set(sig, (cache = new Array(p.items.length)));
  // Where the next slot of each lane begins, walking back from the last: packing order is
  // position order within a lane, so one pass finds every label's free room.
  const limit = f.labelEnd + GAP;
  const next = [new Array(Math.max(1, f.lanes[0])).fill(limit), new Array(Math.max(1, f.lanes[1])).fill(limit)];
  for (let i = slots.length - 1; i >= 0; i--) {
    const s = slots[i];
    const lane = next[s.group];
    let room = lane[s.lane] - GAP - s.labelLo;
    if (published !== null && s.members[0].event.status === 'past' && s.labelLo < published) room = Math.min(room, published - 2 - s.labelLo);
    lane[s.lane] = Math.min(s.labelLo, s.markLo);
    if (s.members.length > 1 || room <= s.label.along + 0.5) continue;
    const item = s.members[0];
    const grown = horizontal
      ? widerColumn(item.event.label, s.label, room, f, fontSize)
      : moreLines((cache[item.index] ??= linesOf(item.event.label, f.labelMax, fontSize)) as Lines, room, f, fontSize);
    if (grown && grown.along > s.label.along) s.label = grown;
  }
}

/** Horizontal: a label cut at its column's width wraps again in the wider room it has, in as
 *  many lines; null when it is already whole. */
function widerColumn(text: string, now: Measured, room: number, f: Frame, fontSize: number): Measured | null {
  const last = now.lines[now.lines.length - 1] ?? '';
  if (!last.endsWith('…') || text.endsWith(last.slice(-2))) return null;
  const lines = wrap(text, room, fontSize, f.maxLines);
  const along = Math.max(...lines.map((l) => textWidth(l, fontSize)));
  return { lines, along, cross: lines.length * f.lineHeight };
}

const linesOf = (text: string, column: number, fontSize: number): Lines => ({ all: wrapLines(text, column, fontSize), byCount: [] });

function moreLines(l: Lines, room: number, f: Frame, fontSize: number): Measured | null {
  const n = Math.min(maxLines(f.labelMax), l.all.lines.length, Math.floor((room + 0.5) / f.lineHeight));
  if (n < 1) return null;
  let m = l.byCount[n];
  if (!m) {
    // fitLines may give fewer lines than asked (a last line that could only end badly).
    m = l.byCount[n] = stacked(fitLines(l.all, n, f.labelMax, fontSize), f.lineHeight, fontSize);
  }
  return m;
}
