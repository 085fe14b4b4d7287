// The story layout: `(events, width, options) -> rows with y positions`. One column in reading
// order (readingOrder), each event a date kicker over its full label, wrapped and never cut;
// room between entries that follows time, quiet stretches cut and labelled; the Published
// marker between what happened and what is expected; undated expectations at the end. Nothing
// clusters: a long story grows taller. No DOM, no clock; widths from the width table.
import type { TimelineEvent } from '../document';
import { formatDay } from '../house';
import { parsePublished } from '../temporal/reference';
import { dayNumber } from '../layout/days';
import { textWidth } from '../layout/textWidth';
import { breakWords, timeGap } from './gaps';
import { KickerWriter, modalityWord } from './kickers';
import { readingOrder, type Placed } from './order';
import type { ColumnGeometry, ColumnLayout, ColumnOptions, Row } from './types';
import { wrapLines } from './wrap';

/** A row before it is placed (each kind of row without its y). */
type Unplaced = Row extends infer R ? (R extends Row ? Omit<R, 'y'> : never) : never;

const ENTRY_GAP = 14; // between two entries of one day, at a 17 px label
const PAD = 4;

export function geometryFor(fontSize: number): ColumnGeometry {
  const s = fontSize / 17;
  return {
    spineX: Math.round(7 * s),
    textX: Math.round(26 * s),
    fontSize,
    kickerSize: Math.round(12 * s * 10) / 10,
    lineHeight: Math.round(fontSize * 1.32),
    kickerLine: Math.round(12 * s * 1.5),
  };
}

/** The kicker's width: uppercase, bold, letter-spaced 0.06em. */
export function kickerWidth(text: string, size: number): number {
  const upper = text.toUpperCase();
  return textWidth(upper, size, true) + [...upper].length * size * 0.06;
}

export function columnLayout(events: readonly TimelineEvent[], width: number, options: ColumnOptions): ColumnLayout {
  if (!(width > 0) || !Number.isFinite(width)) throw new Error(`column width must be a positive number, got ${width}`);
  if (!options || typeof options.published !== 'string' || !parsePublished(options.published)) {
    throw new Error(`column layout needs a valid publication date, got ${options?.published}`);
  }
  const style = options.style ?? 'ap';
  const g = geometryFor(options.fontSize ?? 17);
  const s = g.fontSize / 17;
  const room = Math.max(40, width - g.textX - PAD);
  const publishedDay = options.published.slice(0, 10);
  const publishedAt = dayNumber(publishedDay);
  const kickers = new KickerWriter(style);
  const rows: Row[] = [];
  let y = PAD;
  const push = (row: Unplaced): void => {
    y += row.gap;
    rows.push({ ...row, y } as Row);
    y += row.height;
  };

  const order = readingOrder(events);
  const folded = foldable(order, publishedAt, options);
  if (folded.length) {
    push({ kind: 'fold', text: `Earlier: ${folded.length} event${folded.length === 1 ? '' : 's'}`, ids: folded.map((p) => p.event.id), gap: 0, height: g.kickerLine + 12 * s });
  }
  const shown = order.filter((p) => !folded.includes(p));

  let prevDay: number | null = null;
  let projectedTop: number | null = null;
  let markerDone = false;
  const breakRow = (days: number) => {
    const words = breakWords(days);
    if (words) push({ kind: 'break', text: words, gap: Math.round(6 * s), height: Math.round(30 * s) });
    return !!words;
  };
  const marker = () => {
    if (markerDone) return;
    markerDone = true;
    const days = prevDay === null ? 0 : Math.max(0, publishedAt - prevDay);
    const broke = prevDay !== null && breakRow(days);
    const gap = prevDay === null ? 0 : Math.round(10 * s) + (broke ? 0 : timeGap(days, s));
    projectedTop = y + gap;
    push({ kind: 'published', text: `Published ${formatDay(publishedDay, style, true)}`, day: publishedDay, gap, height: Math.round(34 * s) });
    kickers.wroteYear(publishedDay.slice(0, 4));
    prevDay = publishedAt;
  };

  let undatedHeading = false;
  for (const p of shown) {
    if (p.side !== 'past') marker();
    if (p.side === 'undated' && !undatedHeading) {
      undatedHeading = true;
      push({ kind: 'undated', text: 'Expected, no date given', gap: Math.round(12 * s), height: g.kickerLine + Math.round(6 * s) });
    }
    entry(p);
  }
  // Nothing expected: the marker still closes the column, saying when the article appeared.
  marker();
  if (projectedTop !== null && !shown.some((p) => p.side !== 'past')) projectedTop = null;

  function entry(p: Placed) {
    const e = p.event;
    let gap = rows.length ? Math.round(ENTRY_GAP * s) : 0;
    if (p.side !== 'undated' && prevDay !== null) {
      // Time since the last day already told: a month or a year ending later than this entry
      // starts leaves no stretch to mark.
      const days = Math.max(0, p.start - prevDay);
      if (!breakRow(days)) gap += timeGap(days, s);
    }
    const kicker = p.side === 'undated' ? null : kickers.next(e);
    const lines = wrapLines(e.label, room, g.fontSize, true);
    const detail = modalityWord(e);
    const kickerLines = kickerRows(kicker, detail, room, g.kickerSize);
    const top = kickerLines.length ? kickerLines.length * g.kickerLine + 2 : 0;
    push({
      kind: 'entry', id: e.id, event: e, side: p.side, kicker, detail, kickerLines, lines,
      uncertain: p.side !== 'undated' && (e.when.granularity !== 'day' || p.end > p.start),
      gap, height: top + lines.length * g.lineHeight,
    });
    if (p.side !== 'undated') prevDay = Math.max(prevDay ?? p.end, p.end);
  }

  return { width, height: Math.ceil(y + PAD), rows, geometry: g, projectedTop };
}

/** Kicker and detail on one line when they fit ("MARCH 2026 · PLANNED"), else one each. */
function kickerRows(kicker: string | null, detail: string | null, room: number, size: number): string[] {
  if (kicker && detail) {
    const one = `${kicker} · ${detail}`;
    return kickerWidth(one, size) <= room ? [one] : [kicker, detail];
  }
  return kicker ? [kicker] : detail ? [detail] : [];
}

/** Deep background to fold: past events ending long before publication, when enough of them. */
function foldable(order: Placed[], publishedAt: number, o: ColumnOptions): Placed[] {
  if (o.unfolded || o.foldDays == null) return [];
  const deep = order.filter((p) => p.side === 'past' && publishedAt - p.end > o.foldDays!);
  return deep.length >= (o.foldMin ?? 3) && deep.length < order.length ? deep : [];
}
