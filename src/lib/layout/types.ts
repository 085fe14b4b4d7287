// What `layout()` returns: positions in pixels, ready to draw with no further arithmetic.
// Knows nothing of Svelte, D3 or the DOM; a drawing component only turns these into SVG.
import type { EventStatus, Modality, TimelineEvent } from '../document';
import type { TimeScale } from './scale';

export type { TimeScale } from './scale';

export type Orientation = 'horizontal' | 'vertical';
export type Fade = 'none' | 'start' | 'end' | 'both';

/** A visible time window in (fractional) day numbers, start < end. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface LabelBox {
  /** The mark this label names. */
  markId: string;
  /** Top-left corner and size of the box the text occupies. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text as drawn (truncated or wrapped to fit); the full label is on the mark. */
  lines: string[];
  lineHeight: number;
}

interface MarkBase {
  /** Box of the mark itself (a band, or a square around a point), in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  shape: 'point' | 'band';
  /** Centre of a point mark. */
  cx: number;
  cy: number;
  status: EventStatus;
  lane: number;
  label: LabelBox;
  /** Accessible name: label, date in words, status. */
  ariaLabel: string;
  /** `YYYY-MM-DD`, or '' when undated. */
  start: string;
  end: string;
}

export interface EventMark extends MarkBase {
  kind: 'event';
  id: string;
  event: TimelineEvent;
  modality?: Modality;
  didNotHappen: boolean;
  fade: Fade;
  dateWords: string;
  undated: boolean;
  /** Where the label's leader line joins the mark, when the label sits apart from it. */
}

export interface ClusterMark extends MarkBase {
  kind: 'cluster';
  id: string;
  ids: string[];
  count: number;
  /** The time span the cluster stands for, for "zoom to cluster". */
  window: TimeWindow;
}

export type Mark = EventMark | ClusterMark;

export interface Tick {
  day: number;
  /** Position along the time axis, pixels. */
  pos: number;
  text: string;
  /** Vertical axis: the year, on a line of its own under `text`, when the two do not fit
   *  side by side left of the axis ("Sept. 12" over "2016"). */
  year?: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Lane {
  status: EventStatus | 'undated';
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendItem {
  key: 'past' | 'projected' | 'did-not-happen' | 'range' | 'break' | 'published';
  text: string;
  x: number;
  y: number;
}

/** A quiet stretch cut short on a condensed axis, drawn as two slanted strokes across it. */
export interface AxisBreak {
  /** Position of the break's middle along the time axis, and its length there, pixels. */
  pos: number;
  length: number;
  /** The break's middle on the axis line. */
  x: number;
  y: number;
  /** The days cut short, and how long that is in words ("4 months"), drawn beside the axis. */
  fromDay: number;
  toDay: number;
  text: string;
  tx: number;
  ty: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Layout {
  orientation: Orientation;
  width: number;
  height: number;
  fontSize: number;
  /** Fit-all domain (day numbers) and the pixel range the time axis spans. */
  domain: TimeWindow;
  window: TimeWindow;
  /** The fit-all axis's day-to-unit map when condensed (null: proportional, units are days).
   *  Every zoom frame of the same events and frame uses the same scale. */
  scale: TimeScale | null;
  /** Axis breaks in view (condensed axis only). */
  breaks: AxisBreak[];
  plot: { start: number; end: number };
  axis: { x1: number; y1: number; x2: number; y2: number };
  published: { day: number; x1: number; y1: number; x2: number; y2: number; text: string; tx: number; ty: number; anchor: 'start' | 'middle' | 'end'; visible: boolean };
  ticks: Tick[];
  lanes: Lane[];
  /** Marks in time order (undated last): the order keyboard navigation follows. */
  marks: Mark[];
  labels: LabelBox[];
  legend: LegendItem[];
  undatedGroup: { x: number; y: number; text: string } | null;
  /** Group headings ("Past", "Projected") beside their lanes. */
  groupLabels: { text: string; x: number; y: number; anchor: 'start' | 'end' }[];
}
