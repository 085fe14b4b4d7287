// The fit-all axis: its time scale (proportional or condensed), its domain, the lanes and the
// plot length. Chosen once per events array and frame (cached, like the measured labels), so
// every zoom frame draws with the same scale and the height never jumps while zooming. 'auto'
// condenses when the proportional fit leaves dated events in clusters and cutting quiet
// stretches leaves fewer, or when it crams the weeks around publication into a sliver: a story
// whose events all show at a readable spacing stays as it was. Knows nothing of the
// zoom window, the DOM or the clock.
import { condensedScale } from './condense';
import { publishedInstant } from './days';
import { GAP, type Frame } from './geometry';
import { drawnSpan } from './gutter';
import { chooseLanes } from './lanes';
import type { NormalisedOptions } from './options';
import type { Prepared } from './prepare';
import { toDay, toUnit, type TimeScale } from './scale';
import { packVisible, type Slot } from './slots';
import type { TimeWindow } from './types';

export interface FitAxis {
  scale: TimeScale | null;
  domain: TimeWindow;
  lanes: [number, number];
  plotLength: number;
}

/** A break's length along the axis, pixels: room for the two strokes and the cut's duration. */
const BREAK_LENGTH = 26;
/** The most a condensed vertical axis grows to hold its events: about two phone screens. */
const MAX_VERTICAL = 1300;

const cache = new WeakMap<Prepared, Map<string, FitAxis>>();

/** Axis units of a day under an optional scale (days themselves when proportional). */
const unitOf = (scale: TimeScale | null) => (scale ? (d: number) => toUnit(scale, d) : (d: number) => d);

/** Pixel position of a day when window `w` fills the plot of frame `f`. */
export function positions(scale: TimeScale | null, f: Frame, w: TimeWindow): (day: number) => number {
  const u = unitOf(scale);
  const u0 = u(w.start);
  const k = (f.plotEnd - f.plotStart) / (u(w.end) - u0);
  return scale ? (day) => f.plotStart + (u(day) - u0) * k : (day) => f.plotStart + (day - w.start) * k;
}

const clustered = (slots: Slot[]) => slots.reduce((n, s) => (s.members.length > 1 ? n + s.members.length : n), 0);

export function fitAxis(
  p: Prepared,
  o: NormalisedOptions,
  fit: TimeWindow,
  key: string,
  frameWith: (lanes: [number, number], plotLength: number) => Frame,
): FitAxis {
  let byKey = cache.get(p);
  if (!byKey) cache.set(p, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const horizontal = o.orientation === 'horizontal';
  const length0 = o.plotLength ?? Math.min(1800, Math.max(420, p.items.length * 36));
  // A phone takes two columns, growing its condensed axis to open clusters; a third column
  // (narrow labels) only when two leave events clustered at the most the axis may grow.
  let chosen = select(p, o, fit, frameWith, horizontal, length0, false);
  if (!horizontal && o.maxLanes === null && chosen.clustered > 0) {
    const three = select(p, o, fit, frameWith, horizontal, length0, true);
    if (three.clustered < chosen.clustered) chosen = three;
  }
  byKey.set(key, chosen.axis);
  return chosen.axis;
}

function select(
  p: Prepared,
  o: NormalisedOptions,
  fit: TimeWindow,
  frameWith: (lanes: [number, number], plotLength: number) => Frame,
  horizontal: boolean,
  length0: number,
  third: boolean,
): { axis: FitAxis; clustered: number } {
  const laidOut = (scale: TimeScale | null, length: number, base = fit): FitAxis => {
    const domain = horizontal ? roomForLastLabel(base, p, frameWith([1, 1], length), scale) : base;
    const lanes = chooseLanes(p.statusCounts, o.maxLanes, horizontal, (l) => packAt(scale, domain, l, length), third, frameWith([1, 1], length).laneSize);
    return { scale, domain, lanes, plotLength: length };
  };
  const packAt = (scale: TimeScale | null, domain: TimeWindow, lanes: [number, number], length: number) => {
    const f = frameWith(lanes, length);
    return packVisible(p, f, o, positions(scale, f, domain), domain);
  };
  const proportional = laidOut(null, length0);
  const before = clustered(packAt(null, proportional.domain, proportional.lanes, length0));
  let chosen = { axis: proportional, clustered: before };
  const crammed = publicationCrammed(p, fit, publishedInstant(o.published));
  if (o.timeScale === 'condensed' || (o.timeScale === 'auto' && (before > 0 || crammed))) {
    const f = frameWith(proportional.lanes, length0);
    const span = f.plotEnd - f.plotStart;
    const grows = !horizontal && !o.plotLength;
    const pub = publishedInstant(o.published);
    // Spans as drawn (a past range that straddles publication ends there), as slots.ts draws them.
    const spans = p.items.map((i) => drawnSpan(i, pub));
    const condense = (min: number) =>
      condensedScale({
        spans,
        anchors: [pub],
        domain: fit,
        length: grows ? { min, max: Math.max(min, MAX_VERTICAL) } : { min, max: min },
        // Vertical: a label's two lines and a gap; horizontal lanes stack, so a share of a label.
        perEvent: horizontal ? f.labelMax / 4 : 2 * f.lineHeight + GAP,
        breakLength: BREAK_LENGTH,
      });
    let best: { axis: FitAxis; clustered: number } | null = null;
    // Events bunch within a stretch (Monday's and Tuesday's at the end of last week), where
    // its linear time spreads the room evenly: a vertical axis grows by quarters while that
    // still opens clusters, up to its most. Chosen once per frame, so a few packs are cheap.
    // Labels stacked down a shared band open only once the band holds one more, so a quarter
    // that opens nothing is given one more try before the growth stops.
    for (let min = span, misses = 0; ; ) {
      const c = condense(Math.min(min, MAX_VERTICAL));
      if (!c) break;
      min = c.length * 1.25;
      const axis = laidOut(c.scale, horizontal ? length0 : c.length, c.domain);
      const n = clustered(packAt(c.scale, axis.domain, axis.lanes, axis.plotLength));
      if (best && n >= best.clustered) {
        if (++misses > 1 || c.length >= MAX_VERTICAL) break;
        continue;
      }
      best = { axis, clustered: n };
      if (!grows || n === 0 || c.length >= MAX_VERTICAL) break;
    }
    if (best && (o.timeScale === 'condensed' || best.clustered < before || (crammed && best.clustered <= before))) chosen = best;
  }
  return chosen;
}

/** The days around publication are the story: when they hold a good share of the events but a
 *  proportional axis gives them a sliver of the plot (background from decades back stretching
 *  it), the publication weeks get their room before anything else, from a condensed axis. */
const NEAR_DAYS = 14;
const NEAR_SHARE = 0.3;
const SLIVER = 0.12;
function publicationCrammed(p: Prepared, fit: TimeWindow, pub: number): boolean {
  if (p.items.length < 3) return false;
  let near = 0;
  for (const i of p.items) if (i.end > pub - NEAR_DAYS && i.start < pub + NEAR_DAYS) near++;
  return near >= NEAR_SHARE * p.items.length && (2 * NEAR_DAYS) / (fit.end - fit.start) < SLIVER;
}

// The fit view ends a little after the latest event, so that event's label, which starts at
// its mark, would have almost no room and slide back before the mark, reading as another
// event's. The fit window is stretched at its end until the latest start leaves a label column
// (the frame's labelMax, at most half the plot), which its label wraps in.
const LABEL_ROOM = 130;
function roomForLastLabel(fit: TimeWindow, p: Prepared, f: Frame, scale: TimeScale | null): TimeWindow {
  if (!p.items.length) return fit;
  const last = p.starts[p.starts.length - 1];
  const span = f.plotEnd - f.plotStart;
  if (span <= 2 * LABEL_ROOM || last <= fit.start) return fit;
  const u = unitOf(scale);
  const u0 = u(fit.start);
  // A whole label column after the latest start, so its label wraps as every other does.
  const needed = u0 + ((u(last) - u0) * span) / (span - Math.min(span / 2, Math.max(LABEL_ROOM, f.labelMax + GAP)));
  // Past its last breakpoint a scale extends its last kept stretch linearly.
  const end = scale ? toDay(scale, needed) : needed;
  return end > fit.end ? { start: fit.start, end } : fit;
}
