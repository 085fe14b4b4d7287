// What the story layout gives a drawing: rows in reading order, each with its top (y) and
// height in pixels, so an SVG draws them where they are and an HTML column keeps their gaps.
// Types only.
import type { TimelineEvent } from '../document';
import type { DateStyle } from '../house';

export type Side = 'past' | 'projected' | 'undated';

export interface EntryRow {
  kind: 'entry';
  id: string;
  event: TimelineEvent;
  side: Side;
  /** The date kicker in the house style; null when it repeats the entry above or is undated. */
  kicker: string | null;
  /** A short word beside the kicker ("Planned", "Possible", "Did not happen"), or null. */
  detail: string | null;
  /** Kicker and detail as drawn lines in an SVG ("NOV. 5 · PLANNED", or two lines when narrow). */
  kickerLines: string[];
  /** The full label, wrapped: joined with spaces these lines are the label, never cut. */
  lines: string[];
  /** The date is a stretch (a week, a month, a year...): drawn as a band on the spine. */
  uncertain: boolean;
  /** Room above the row: the time since the previous entry, capped. */
  gap: number;
  y: number;
  height: number;
}

export interface BreakRow {
  kind: 'break';
  /** "3 years later", "8 months later". */
  text: string;
  gap: number;
  y: number;
  height: number;
}

export interface MarkerRow {
  kind: 'published';
  /** "Published Nov. 5, 2025". */
  text: string;
  day: string;
  gap: number;
  y: number;
  height: number;
}

export interface HeadingRow {
  kind: 'undated';
  /** "Expected, no date given". */
  text: string;
  gap: number;
  y: number;
  height: number;
}

export interface FoldRow {
  kind: 'fold';
  /** "Earlier: 12 events". */
  text: string;
  ids: string[];
  gap: number;
  y: number;
  height: number;
}

export type Row = EntryRow | BreakRow | MarkerRow | HeadingRow | FoldRow;

export interface ColumnOptions {
  /** `YYYY-MM-DD[THH:MM[:SS]]`: where the Published marker stands. Required. */
  published: string;
  style?: DateStyle;
  /** Label size in px (default 17); kickers and breaks scale with it. */
  fontSize?: number;
  /** Fold past events ending more than this many days before publication behind one line,
   *  when at least `foldMin` of them would fold (default: no fold). */
  foldDays?: number | null;
  foldMin?: number;
  /** The fold opened in place: every event drawn. */
  unfolded?: boolean;
}

export interface ColumnGeometry {
  /** The spine's x; bullets are centred on it. */
  spineX: number;
  /** Where kickers and labels start. */
  textX: number;
  fontSize: number;
  kickerSize: number;
  lineHeight: number;
  kickerLine: number;
}

export interface ColumnLayout {
  width: number;
  height: number;
  rows: Row[];
  geometry: ColumnGeometry;
  /** Top of the expected side (the marker's y), or null when nothing is expected. */
  projectedTop: number | null;
}
