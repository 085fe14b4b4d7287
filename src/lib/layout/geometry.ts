// Where things go on the page for each orientation: the frame (plot range, lane origins, label
// room) that layout() fills with marks. Knows nothing of events; only sizes and counts.
import { textWidth } from './textWidth';
import type { Orientation } from './types';

export const MARGIN = 12;
/** Gap between two labels or marks that share a lane, pixels along the time axis. */
export const GAP = 10;
export const POINT_R = 5;
/** Thickness of a mark across the time axis (band height horizontal, band width vertical). */
export const STRIP = 10;
/** A backdrop band in the vertical gutter (gutter.ts): a thin strip, one track per band. */
export const GUTTER_STRIP = 4;
const GUTTER_PITCH = 7;

export interface Frame {
  orientation: Orientation;
  /** Pixel range of the time axis. */
  plotStart: number;
  plotEnd: number;
  /** How far a grown label may run along the axis: the plot end, or vertically one line below
   *  it, where only the axis's end is (the undated group starts two lines lower). */
  labelEnd: number;
  /** Cross position of the axis line. */
  axisCross: number;
  /** Cross origin (top horizontal, left vertical) of lane i of each group. */
  laneCross: (group: 0 | 1, lane: number) => number;
  laneSize: number;
  /** Vertical: x of gutter track t, between the axis and the first column (gutter.ts). */
  gutterCross: (track: number) => number;
  /** Lanes per group; vertical frames share one group (index 0) across both statuses. */
  lanes: [number, number];
  shared: boolean;
  /** Largest label extent: width horizontal, column width vertical. */
  labelMax: number;
  /** Vertical labels wrap to this many lines. */
  maxLines: number;
  lineHeight: number;
  /** Undated group: a column to the right (horizontal) or a block below (vertical). */
  undated: { x: number; y: number; width: number; rows: number } | null;
  height: number;
  /** Cross range the published line spans. */
  crossStart: number;
  crossEnd: number;
}

export interface FrameInput {
  orientation: Orientation;
  width: number;
  fontSize: number;
  top: number;
  lanes: [number, number];
  undatedCount: number;
  plotLength: number;
  tickSample: string;
  /** Vertical: how many gutter tracks backdrop bands take (0 for none). */
  gutter?: number;
}

/** Lines a horizontal label wraps to (a column of about 110-260 px: most labels in two). */
export const HORIZONTAL_LINES = 3;
export const UNDATED_ROWS = 4;
/** An undated label wraps to this many lines in its group (it has no lane to run along). */
export const UNDATED_LINES = 4;
export const undatedRowHeight = (lineHeight: number) => UNDATED_LINES * lineHeight + 8;
/** The group's heading and its rows. */
const undatedHeight = (rows: number, lineHeight: number) => (rows ? lineHeight + 6 + rows * undatedRowHeight(lineHeight) : 0);

export function frame(f: FrameInput): Frame {
  const lineHeight = Math.round(f.fontSize * 1.3);
  const undatedRows = Math.min(f.undatedCount, UNDATED_ROWS + 1);
  if (f.orientation === 'horizontal') {
    // A lane holds a label of up to three lines under its mark: labels wrap, never end in "…".
    const laneSize = HORIZONTAL_LINES * lineHeight + STRIP + 10;
    const undatedW = f.undatedCount ? Math.min(240, Math.max(140, f.width * 0.22)) : 0;
    const plotStart = MARGIN;
    const plotEnd = f.width - MARGIN - (undatedW ? undatedW + 2 * MARGIN : 0);
    const header = lineHeight + 6; // the "Published" caption
    const pastTop = f.top + header;
    const axisCross = pastTop + f.lanes[0] * laneSize + 6;
    const tickBand = lineHeight + 12;
    const projTop = axisCross + tickBand;
    const bottom = projTop + Math.max(f.lanes[1] * laneSize, undatedHeight(undatedRows, lineHeight)) + MARGIN;
    return {
      orientation: 'horizontal',
      plotStart,
      plotEnd,
      labelEnd: plotEnd,
      axisCross,
      laneCross: (g, i) => (g === 0 ? axisCross - 6 - (i + 1) * laneSize : projTop + i * laneSize),
      laneSize,
      gutterCross: () => axisCross,
      lanes: f.lanes,
      shared: false,
      labelMax: Math.min(200, Math.max(120, (plotEnd - plotStart) * 0.22)),
      maxLines: HORIZONTAL_LINES,
      lineHeight,
      undated: undatedW ? { x: plotEnd + 2 * MARGIN, y: projTop, width: undatedW, rows: undatedRows } : null,
      height: bottom,
      crossStart: f.top + header - 2,
      crossEnd: bottom - MARGIN + 2,
    };
  }
  const tickW = textWidth(f.tickSample, f.fontSize - 2) + 10;
  const axisCross = MARGIN + Math.max(tickW, textWidth('Published', f.fontSize - 1, true) + 6);
  // The gutter's tracks sit just right of the axis; the columns share what is left.
  const gutterW = f.gutter ? 6 + f.gutter * GUTTER_PITCH : 0;
  // A column must hold a readable line (about 80 px of label, two or three short words): one
  // column on a 320 px phone, two from about 330 px, three from about 430 when lanes.ts asks.
  const columns = Math.max(1, Math.min(f.lanes[0] + f.lanes[1], 3, Math.floor((f.width - axisCross - gutterW - 20) / 100)));
  const colW = (f.width - axisCross - 8 - gutterW - MARGIN) / columns;
  const plotStart = f.top + lineHeight;
  const plotEnd = plotStart + f.plotLength;
  const undatedTop = plotEnd + lineHeight * 2 + 8;
  const bottom = undatedRows ? undatedTop + undatedHeight(undatedRows, lineHeight) + MARGIN : plotEnd + lineHeight + MARGIN;
  return {
    orientation: 'vertical',
    plotStart,
    plotEnd,
    labelEnd: plotEnd + lineHeight,
    axisCross,
    // Past and projected share the columns: time already sets them apart, above and below the
    // Published line, and a phone has no room for separate columns.
    laneCross: (_g, i) => axisCross + 8 + gutterW + i * colW,
    laneSize: colW,
    // Clear of the axis line, so a strip does not read as a thicker axis.
    gutterCross: (t) => axisCross + 6 + t * GUTTER_PITCH,
    lanes: [columns, 0],
    shared: true,
    labelMax: colW - STRIP - 12,
    maxLines: 2,
    lineHeight,
    // Under the first column, so its marks line up with the dated ones.
    undated: undatedRows ? { x: axisCross + 8 + gutterW, y: undatedTop, width: colW * columns, rows: undatedRows } : null,
    height: bottom,
    crossStart: axisCross - 6,
    crossEnd: f.width - MARGIN,
  };
}
