// layout(events, width, options): every position the timeline needs, in pixels. Pure: no DOM,
// no clock, no time zone; label sizes come from the width table. Runs on every zoom frame, so
// it visits only the events in the visible window (bisect) and packs them in O(n * lanes).
// Knows nothing of Svelte, D3 selections or the page.
import type { TimelineEvent } from '../document';
import { formatDay } from '../house/day';
import { publishedInstant } from './days';
import { fitAxis, positions } from './fitAxis';
import { frame, MARGIN, type Frame } from './geometry';
import { fitWindowOf, gutterOf } from './gutter';
import { legendItems } from './legend';
import { toMark } from './marks';
import { normaliseOptions, type LayoutOptions, type NormalisedOptions } from './options';
import { prepare } from './prepare';
import { packVisible } from './slots';
import { textWidth } from './textWidth';
import { keptStretches, type TimeScale } from './scale';
import { cutInWords, stackYear, stretchTicks, timeTicks } from './ticks';
import type { AxisBreak, Layout, Mark, Tick, TimeWindow } from './types';
import { placeUndated } from './undated';

export type { LayoutOptions } from './options';

/** The fit-all window: every dated event and the publication date, with a little air. */
export function fitWindow(events: readonly TimelineEvent[], published: string): TimeWindow {
  return fitWindowOf(prepare(events), published);
}

export function layout(events: readonly TimelineEvent[], width: number, options: LayoutOptions): Layout {
  const o = normaliseOptions(width, options);
  const p = prepare(events);
  const fit = fitWindowOf(p, o.published);
  const fs = o.fontSize;
  const horizontal = o.orientation === 'horizontal';
  // Vertical: the story's backdrop bands take thin gutter tracks, not columns (gutter.ts).
  const gutter = horizontal ? 0 : gutterOf(p, o.published).tracks;
  const legendFor = (axisBreak: boolean) => legendItems({ ...p.kinds, axisBreak }, width, fs - 1, MARGIN);
  const frameWith = (lanes: [number, number], plotLength: number, top: number) =>
    frame({
      orientation: o.orientation,
      width,
      fontSize: fs,
      top,
      lanes,
      undatedCount: p.undated.length,
      plotLength,
      tickSample: 'Sept 2025',
      gutter,
    });
  // The axis is chosen with the legend a condensed axis would have (one more item), so that
  // the frame it was chosen for is the frame drawn; a proportional axis then gets its own.
  const condensedLegend = legendFor(true);
  const top = condensedLegend.height + 4;
  const key = `${width}|${o.orientation}|${fs}|${o.maxLanes}|${o.plotLength}|${o.published}|${o.locale}|${o.dateStyle}|${o.timeScale}|${top}`;
  const chosen = fitAxis(p, o, fit, key, (lanes, length) => frameWith(lanes, length, top));
  const { scale, domain, lanes } = chosen;
  const legend = scale ? condensedLegend : legendFor(false);
  const window = o.window ?? domain;
  const f = frameWith(lanes, chosen.plotLength, legend.height + 4);
  const pos = positions(scale, f, window);

  const slots = packVisible(p, f, o, pos, window);
  const marks: Mark[] = slots.map((s, i) => toMark(s, i, f, o));
  const undated = placeUndated(p.undated, f, o);
  marks.push(...undated.marks);

  const pubDay = publishedInstant(o.published);
  const pubPos = pos(pubDay);
  const pubText = `Published ${formatDay(o.published.slice(0, 10), o.dateStyle)}`;
  const breaks = scale ? placeBreaks(scale, f, o, window, pos) : [];
  const ticks = placeTicks(f, o, window, width, pos, scale, breaks);
  const pubW = textWidth(pubText, fs - 1, true);
  const published = horizontal
    ? { x1: pubPos, x2: pubPos, y1: f.crossStart, y2: f.crossEnd, tx: Math.min(Math.max(pubPos, MARGIN + pubW / 2), f.plotEnd - pubW / 2), ty: f.crossStart - 6, anchor: 'middle' as const }
    : { x1: f.crossStart, x2: f.crossEnd, y1: pubPos, y2: pubPos, tx: MARGIN, ty: pubPos - 5, anchor: 'start' as const };
  const publishedVisible = pubPos >= f.plotStart && pubPos <= f.plotEnd;
  const axis = horizontal
    ? { x1: f.plotStart, x2: f.plotEnd, y1: f.axisCross, y2: f.axisCross }
    : { x1: f.axisCross, x2: f.axisCross, y1: f.plotStart, y2: f.plotEnd };
  // Ticks and break texts whose text would collide with the Published caption give way to it.
  const clear = (t: { pos: number }) => !publishedVisible || horizontal || Math.abs(t.pos - pubPos) > f.lineHeight;
  return {
    orientation: o.orientation,
    width,
    height: f.height,
    fontSize: fs,
    domain,
    window,
    scale,
    breaks: breaks.map((b) => (clear(b) ? b : { ...b, text: '' })),
    plot: { start: f.plotStart, end: f.plotEnd },
    axis,
    published: { day: pubDay, ...published, text: horizontal ? pubText : 'Published', visible: publishedVisible },
    ticks: ticks.filter(clear),
    lanes: [],
    marks,
    labels: marks.map((m) => m.label),
    legend: legend.items,
    undatedGroup: undated.header,
    groupLabels: [],
  };
}

/** The breaks of a condensed axis that are in view, with the cut's length in words. */
function placeBreaks(scale: TimeScale, f: Frame, o: NormalisedOptions, w: TimeWindow, pos: (d: number) => number): AxisBreak[] {
  const out: AxisBreak[] = [];
  const fs = o.fontSize - 2;
  for (const b of scale.breaks) {
    const [p0, p1] = [pos(b.fromDay), pos(b.toDay)];
    const mid = (p0 + p1) / 2;
    if (mid < f.plotStart || mid > f.plotEnd || b.toDay <= w.start || b.fromDay >= w.end) continue;
    const text = cutInWords(b.toDay - b.fromDay);
    const place =
      f.orientation === 'horizontal'
        ? { x: mid, y: f.axisCross, tx: mid, ty: f.axisCross + fs + 6, anchor: 'middle' as const }
        : { x: f.axisCross, y: mid, tx: f.axisCross - 9, ty: mid + fs / 3, anchor: 'end' as const };
    out.push({ pos: mid, length: p1 - p0, fromDay: b.fromDay, toDay: b.toDay, text, ...place });
  }
  return sayLongestCuts(out, f, fs);
}

/** Breaks close together on a narrow axis would print their lengths over each other ("53 years10
 *  years"): the longest cuts keep their words, a break whose words would touch a kept one's keeps
 *  only its strokes. */
function sayLongestCuts(breaks: AxisBreak[], f: Frame, fs: number): AxisBreak[] {
  const horizontal = f.orientation === 'horizontal';
  const extent = (b: AxisBreak): [number, number] => {
    const half = horizontal ? textWidth(b.text, fs) / 2 + 4 : f.lineHeight / 2;
    return [b.pos - half, b.pos + half];
  };
  const kept: [number, number][] = [];
  const silent = new Set<AxisBreak>();
  for (const b of [...breaks].sort((a, c) => c.toDay - c.fromDay - (a.toDay - a.fromDay))) {
    const [a, z] = extent(b);
    if (kept.some(([ka, kz]) => a < kz && z > ka)) silent.add(b);
    else kept.push([a, z]);
  }
  return silent.size ? breaks.map((b) => (silent.has(b) ? { ...b, text: '' } : b)) : breaks;
}

function placeTicks(f: Frame, o: NormalisedOptions, w: TimeWindow, width: number, pos: (d: number) => number, scale: TimeScale | null, breaks: AxisBreak[]): Tick[] {
  const fs = o.fontSize - 2;
  const horizontal = f.orientation === 'horizontal';
  const spacing = horizontal ? 110 : 70;
  const raw = scale ? stretchTicks(w, keptStretches(scale), pos, spacing, o.dateStyle) : timeTicks(w, f.plotStart, f.plotEnd, spacing, o.dateStyle);
  // Break texts are placed first; a tick gives way to them and to the strokes.
  const taken: [number, number][] = breaks.map((b) => {
    const half = horizontal ? textWidth(b.text, fs) / 2 : f.lineHeight * 0.8;
    return [b.pos - Math.max(half, b.length / 2 + 4), b.pos + Math.max(half, b.length / 2 + 4)];
  });
  const out: Tick[] = [];
  let lastEnd = -Infinity;
  for (const t of raw) {
    if (t.pos < f.plotStart - 0.5 || t.pos > f.plotEnd + 0.5) continue;
    if (!horizontal) {
      if (taken.some(([a, b]) => t.pos > a && t.pos < b) || t.pos < lastEnd + f.lineHeight) continue;
      const tick = { ...t, ...stackYear(t.text, f.axisCross - 6 - MARGIN / 2, fs), x: f.axisCross - 6, y: t.pos + fs / 3, anchor: 'end' as const };
      // a stacked year takes a second line: the next tick keeps clear of it
      lastEnd = tick.year ? t.pos + f.lineHeight : t.pos;
      out.push(tick);
      continue;
    }
    const tw = textWidth(t.text, fs);
    const x = Math.max(MARGIN + tw / 2, Math.min(width - MARGIN - tw / 2, t.pos));
    if (x - tw / 2 < lastEnd + 8) continue;
    if (taken.some(([a, b]) => x + tw / 2 + 6 > a && x - tw / 2 - 6 < b)) continue;
    lastEnd = x + tw / 2;
    out.push({ ...t, x, y: f.axisCross + fs + 6, anchor: 'middle' });
  }
  return out;
}
