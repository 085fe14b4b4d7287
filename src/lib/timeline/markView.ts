// Everything MarkShape writes for one mark, computed in one pass from the laid-out mark: the
// classes, the shape's box, the cluster's span and count, the did-not-happen cross, the label
// lines and where a gesture slides each part from (slide.ts). One plain object per mark rather
// than a dozen reactive values: a settle frame redraws every mark, and each reactive value
// costs its bookkeeping there. Pure; knows nothing of Svelte or the DOM.
import type { Mark } from '../layout/types';

export interface MarkViewOptions {
  horizontal: boolean;
  /** The drawing is slid mid-gesture (TimelineSvg's slide): give positions along the axis. */
  slide: boolean;
  selected: boolean;
  edited: boolean;
  fontSize: number;
}

export interface MarkView {
  kind: 'past' | 'projected' | 'void';
  cls: string;
  labelCls: string;
  cluster: boolean;
  /** The count drawn on a cluster's dot ('' for an event). */
  countText: string;
  /** The shape: a cluster dot or point (a rect rounded into a circle) or a band. */
  box: { x: number; y: number; w: number; h: number; r: number };
  /** A cluster's time span, a thin bar behind its dot, when it is long enough to show. */
  span: { x: number; y: number; w: number; h: number } | null;
  countAt: string;
  /** The did-not-happen cross: path data and, on a band, the move to the band's start. */
  cross: { d: string; transform: string | null } | null;
  labelTransform: string;
  plate: { w: number; h: number };
  lines: { text: string; y: number }[];
  /** Strike-through lines of a did-not-happen label: their y, and how long they run. */
  strikes: number[];
  strikeLength: number;
  /** Where along the time axis a gesture slides the mark and its label from (slide.ts): a
   *  band's start, which its label and cross are drawn from, any other mark's centre; null
   *  for an undated event, which stays in its group. A band's shape, and a cluster's span,
   *  stretch around that same position. */
  along: number | null;
  stretch: boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function markView(mark: Mark, o: MarkViewOptions): MarkView {
  const cluster = mark.kind === 'cluster';
  const struck = mark.kind === 'event' && mark.didNotHappen;
  const kind = struck ? 'void' : mark.status;
  const pos = (x: number, y: number) => round(o.horizontal ? x : y);
  const band = !cluster && mark.shape === 'band';
  const along = o.slide && !(mark.kind === 'event' && mark.undated) ? (band ? pos(mark.x, mark.y) : pos(mark.cx, mark.cy)) : null;
  const r = cluster ? 9 : mark.shape === 'point' ? 5 : 0;
  const box = r
    ? { x: round(mark.cx - r), y: round(mark.cy - r), w: 2 * r, h: 2 * r, r }
    : { x: round(mark.x), y: round(mark.y), w: round(Math.max(mark.width, 1)), h: round(Math.max(mark.height, 1)), r: 2 };
  const wide = mark.width > mark.height;
  const span =
    cluster && (mark.width > 20 || mark.height > 20)
      ? { x: round(mark.x), y: round(mark.y + (wide ? mark.height / 2 - 1 : 0)), w: round(wide ? mark.width : 2), h: round(wide ? 2 : mark.height) }
      : null;
  const { label } = mark;
  const lineY = (i: number) => round(label.lineHeight * (i + 0.75));
  const flags = o.selected ? ' nl-selected' : '';
  return {
    kind,
    cls: `nl-mark nl-${kind} nl-${mark.shape}${flags}`,
    // background, told in passing as context: the label in the muted ink (MarkShape's CSS)
    labelCls: `nl-mark-label nl-${kind}${flags}${o.edited ? ' nl-edited' : ''}${mark.kind === 'event' && mark.event.prominence === 'background' ? ' nl-background' : ''}`,
    cluster,
    countText: mark.kind === 'cluster' ? (mark.count > 99 ? '99+' : String(mark.count)) : '',
    box,
    span,
    countAt: `translate(${round(mark.cx)},${round(mark.cy + 3.5)})`,
    cross: struck
      ? {
          d: `M${round(mark.cx - 5)},${round(mark.cy - 5)}l10,10m0,-10l-10,10`,
          transform: mark.shape === 'band' ? `translate(${round(mark.x - mark.cx + 5)},${round(mark.y - mark.cy + 5)})` : null,
        }
      : null,
    labelTransform: `translate(${round(label.x)},${round(label.y)})`,
    plate: { w: round(label.width + 4), h: round(label.height) },
    lines: label.lines.map((text, i) => ({ text, y: lineY(i) })),
    strikes: struck ? label.lines.map((_, i) => lineY(i) - o.fontSize * 0.3) : [],
    strikeLength: round(label.width),
    along,
    stretch: along !== null && band,
  };
}
