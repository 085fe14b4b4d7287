// Fits the story column into a picture: for an article column, one column as tall as the
// story; for a card of fixed size, the largest label size (then more columns, then folding
// deep background behind "Earlier: N events") at which every entry fits, never a cut label.
// When nothing fits even so, the caller scales the drawing down. Pure.
import type { TimelineEvent } from '../document';
import { columnLayout } from '../column/layout';
import type { ColumnLayout, Row } from '../column/types';
import type { DateStyle } from '../house/styles';

export interface FittedStory {
  layout: ColumnLayout;
  /** The layout's rows split into side-by-side columns (one for an article column). */
  columns: Row[][];
  columnWidth: number;
  gutter: number;
  /** Height the columns take. */
  height: number;
}

const CARD_SIZES = [24, 22, 20, 19, 18, 17, 16, 15, 14, 13];
const FOLDS = [null, 730, 365, 180, 60];

/** The tallest of `columns`, measured from each column's first row. */
export function columnsHeight(columns: Row[][]): number {
  return Math.max(0, ...columns.map((c) => (c.length ? c[c.length - 1].y + c[c.length - 1].height - c[0].y + 8 : 0)));
}

/** Rows split greedily into columns no taller than `room`; null when more than `max` needed. */
export function splitColumns(rows: Row[], room: number, max: number): Row[][] | null {
  const columns: Row[][] = [[]];
  for (const row of rows) {
    let col = columns[columns.length - 1];
    const top = col.length ? col[0].y : row.y;
    if (col.length && row.y + row.height - top > room) {
      col = [];
      columns.push(col);
      if (columns.length > max) return null;
    }
    if (!col.length && row.height > room) return null;
    col.push(row);
  }
  return columns;
}

export function fitStory(
  events: readonly TimelineEvent[],
  published: string,
  style: DateStyle,
  width: number,
  room: number | null,
  baseSize: number,
): FittedStory {
  if (room === null) {
    const layout = columnLayout(events, width, { published, style, fontSize: baseSize });
    return { layout, columns: [layout.rows], columnWidth: width, gutter: 0, height: layout.height };
  }
  const gutter = Math.round(width / 30);
  const maxColumns = Math.max(1, Math.min(3, Math.floor((width + gutter) / (300 + gutter))));
  for (const foldDays of FOLDS) {
    for (const fontSize of CARD_SIZES) {
      for (let n = 1; n <= maxColumns; n++) {
        const columnWidth = Math.floor((width - (n - 1) * gutter) / n);
        const layout = columnLayout(events, columnWidth, { published, style, fontSize, foldDays, foldMin: 2 });
        const columns = splitColumns(layout.rows, room, n);
        if (columns) return { layout, columns, columnWidth, gutter, height: columnsHeight(columns) };
      }
    }
  }
  // Nothing fits a card: every column at the smallest size, folded, balanced, to be scaled
  // down as a whole (small type, but every label whole) rather than one thin tall column.
  const columnWidth = Math.floor((width - (maxColumns - 1) * gutter) / maxColumns);
  const layout = columnLayout(events, columnWidth, { published, style, fontSize: 13, foldDays: 60, foldMin: 2 });
  let tall = Math.max(room, layout.height / maxColumns);
  let columns = splitColumns(layout.rows, tall, maxColumns);
  while (!columns) {
    tall *= 1.05;
    columns = splitColumns(layout.rows, tall, maxColumns);
  }
  return { layout, columns, columnWidth, gutter, height: columnsHeight(columns) };
}
