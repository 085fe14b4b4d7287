// layout(events, width, options): every position the timeline needs, in pixels. Pure: no DOM,
// no clock, no time zone; label sizes come from the width table. Runs on every zoom frame, so
// it visits only the events in the visible window (bisect) and packs them in O(n * lanes).
// Knows nothing of Svelte, D3 selections or the page.
import type { TimelineEvent } from '../document';
import { dayDate, publishedInstant } from './days';
import { frame, MARGIN, type Frame } from './geometry';
import { chooseLanes } from './lanes';
import { legendItems } from './legend';
import { toMark } from './marks';
import { normaliseOptions, type LayoutOptions, type NormalisedOptions } from './options';
import { prepare } from './prepare';
import { packVisible } from './slots';
import { textWidth } from './textWidth';
import { timeTicks } from './ticks';
import type { Layout, Mark, Tick, TimeWindow } from './types';
import { placeUndated } from './undated';

export type { LayoutOptions } from './options';

/** The fit-all window: every dated event and the publication date, with a little air. */
export function fitWindow(events: readonly TimelineEvent[], published: string): TimeWindow {
  const p = prepare(events);
  const pub = publishedInstant(published);
  let start = Math.min(p.extent?.start ?? pub - 15, pub - 0.5);
  let end = Math.max(p.extent?.end ?? pub + 15, pub + 0.5);
  if (end - start < 14) {
    const mid = (start + end) / 2;
    [start, end] = [mid - 7, mid + 7];
  }
  const pad = (end - start) * 0.03;
  return { start: start - pad, end: end + pad };
}

// Creating an Intl formatter costs far more than a zoom frame's budget allows: keep them.
const shortFormats = new Map<string, Intl.DateTimeFormat>();
function shortDate(locale: string, day: number): string {
  let f = shortFormats.get(locale);
  if (!f) shortFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return f.format(dayDate(day));
}

export function layout(events: readonly TimelineEvent[], width: number, options: LayoutOptions): Layout {
  const o = normaliseOptions(width, options);
  const p = prepare(events);
  const fit = fitWindow(events, o.published);
  const fs = o.fontSize;
  const didNotHappen = events.some((e) => e.modality === 'did-not-happen');
  const legend = legendItems({ didNotHappen, range: p.items.some((i) => !i.point) }, width, fs - 1, MARGIN);
  const horizontal = o.orientation === 'horizontal';
  const counts = p.statusCounts;
  const frameWith = (lanes: [number, number]) =>
    frame({
      orientation: o.orientation,
      width,
      fontSize: fs,
      top: legend.height + 4,
      lanes,
      undatedCount: p.undated.length,
      plotLength: o.plotLength ?? Math.min(1800, Math.max(420, p.items.length * 36)),
      tickSample: 'Sept 2025',
    });
  const domain = horizontal ? roomForLastLabel(fit, p, frameWith([1, 1])) : fit;
  const window = o.window ?? domain;
  const laneKey = `${width}|${o.orientation}|${fs}|${o.maxLanes}|${o.plotLength}|${o.published}|${o.locale}`;
  let lanes = p.lanes.get(laneKey);
  if (!lanes) {
    lanes = chooseLanes(counts, o.maxLanes, horizontal, (l) => {
      const ff = frameWith(l);
      const kk = (ff.plotEnd - ff.plotStart) / (domain.end - domain.start);
      return packVisible(p, ff, o, (day) => ff.plotStart + (day - domain.start) * kk, domain);
    });
    p.lanes.set(laneKey, lanes);
  }
  const f = frameWith(lanes);
  const k = (f.plotEnd - f.plotStart) / (window.end - window.start);
  const pos = (day: number) => f.plotStart + (day - window.start) * k;

  const slots = packVisible(p, f, o, pos, window);
  const marks: Mark[] = slots.map((s, i) => toMark(s, i, f, o));
  const undated = placeUndated(p.undated, f, o);
  marks.push(...undated.marks);

  const pubDay = publishedInstant(o.published);
  const pubPos = pos(pubDay);
  const pubText = `Published ${shortDate(o.locale, Math.floor(pubDay))}`;
  const ticks = placeTicks(f, o, window, width);
  const pubW = textWidth(pubText, fs - 1, true);
  const published = horizontal
    ? { x1: pubPos, x2: pubPos, y1: f.crossStart, y2: f.crossEnd, tx: Math.min(Math.max(pubPos, MARGIN + pubW / 2), f.plotEnd - pubW / 2), ty: f.crossStart - 6, anchor: 'middle' as const }
    : { x1: f.crossStart, x2: f.crossEnd, y1: pubPos, y2: pubPos, tx: MARGIN, ty: pubPos - 5, anchor: 'start' as const };
  const publishedVisible = pubPos >= f.plotStart && pubPos <= f.plotEnd;
  const axis = horizontal
    ? { x1: f.plotStart, x2: f.plotEnd, y1: f.axisCross, y2: f.axisCross }
    : { x1: f.axisCross, x2: f.axisCross, y1: f.plotStart, y2: f.plotEnd };
  // Ticks whose text would collide with the Published caption give way to it.
  const clear = (t: Tick) => !publishedVisible || horizontal || Math.abs(t.pos - pubPos) > f.lineHeight;
  return {
    orientation: o.orientation,
    width,
    height: f.height,
    fontSize: fs,
    domain,
    window,
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

// The fit view ends a little after the latest event, so that event's label, which starts at
// its mark, would have almost no room and slide back before the mark, reading as another
// event's. The fit window is stretched at its end until the latest start leaves LABEL_ROOM px.
const LABEL_ROOM = 130;
function roomForLastLabel(fit: TimeWindow, p: ReturnType<typeof prepare>, f: Frame): TimeWindow {
  if (!p.items.length) return fit;
  const last = p.starts[p.starts.length - 1];
  const span = f.plotEnd - f.plotStart;
  if (span <= 2 * LABEL_ROOM || last <= fit.start) return fit;
  const end = fit.start + ((last - fit.start) * span) / (span - LABEL_ROOM);
  return end > fit.end ? { start: fit.start, end } : fit;
}

function placeTicks(f: Frame, o: NormalisedOptions, w: TimeWindow, width: number): Tick[] {
  const fs = o.fontSize - 2;
  const raw = timeTicks(w, f.plotStart, f.plotEnd, f.orientation === 'horizontal' ? 110 : 70, o.locale);
  const out: Tick[] = [];
  let lastEnd = -Infinity;
  for (const t of raw) {
    if (f.orientation === 'vertical') {
      out.push({ ...t, x: f.axisCross - 6, y: t.pos + fs / 3, anchor: 'end' });
      continue;
    }
    const tw = textWidth(t.text, fs);
    const x = Math.max(MARGIN + tw / 2, Math.min(width - MARGIN - tw / 2, t.pos));
    if (x - tw / 2 < lastEnd + 8) continue;
    lastEnd = x + tw / 2;
    out.push({ ...t, x, y: f.axisCross + fs + 6, anchor: 'middle' });
  }
  return out;
}
