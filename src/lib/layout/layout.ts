// layout(events, width, options): every position the timeline needs, in pixels. Pure: no DOM,
// no clock, no time zone; label sizes come from the width table. Runs on every zoom frame, so
// it visits only the events in the visible window (bisect) and packs them in O(n * lanes).
// Knows nothing of Svelte, D3 selections or the page.
import type { TimelineEvent } from '../document';
import { dateInWords, dayInWords, statusInWords } from './dateWords';
import { dayDate, publishedInstant } from './days';
import { frame, GAP, MARGIN, POINT_R, STRIP, UNDATED_ROWS, type Frame } from './geometry';
import { legendItems } from './legend';
import { normaliseOptions, type LayoutOptions, type NormalisedOptions } from './options';
import { LanePacker } from './pack';
import { prepare, visibleRange, type Item, type Prepared } from './prepare';
import { textWidth, truncate, wrap } from './textWidth';
import { timeTicks } from './ticks';
import type { ClusterMark, EventMark, Layout, LabelBox, Mark, Tick, TimeWindow } from './types';
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

interface Slot {
  markLo: number;
  markHi: number;
  labelLo: number;
  label: Measured;
  lane: number;
  group: 0 | 1;
  members: Item[];
  /** A cluster whose label had room for its number only. */
  countOnly?: boolean;
  /** A cluster's latest-ending member, and whether its members differ in status. */
  latest?: Item;
  /** Set when a long band joined later than members that start after it. */
  earliest?: Item;
  mixed?: boolean;
}

interface Measured {
  lines: string[];
  along: number;
  cross: number;
}

function measure(p: Prepared, text: string, f: Frame, fontSize: number): Measured {
  const key = `${f.orientation}|${fontSize}|${f.labelMax}|${text}`;
  const hit = p.labels.get(key);
  if (hit) return hit;
  let m: Measured;
  if (f.orientation === 'horizontal') {
    const line = truncate(text, f.labelMax, fontSize);
    m = { lines: [line], along: textWidth(line, fontSize), cross: f.lineHeight };
  } else {
    const lines = wrap(text, f.labelMax, fontSize, f.maxLines);
    m = { lines, along: lines.length * f.lineHeight, cross: Math.max(...lines.map((l) => textWidth(l, fontSize))) };
  }
  p.labels.set(key, m);
  return m;
}

// An event's words are the same every zoom frame: build them once per event and locale.
const names = new WeakMap<TimelineEvent, { locale: string; dateWords: string; ariaLabel: string }>();
function namesOf(e: TimelineEvent, locale: string) {
  let n = names.get(e);
  if (!n || n.locale !== locale) {
    const dateWords = dateInWords(e.when, locale);
    n = { locale, dateWords, ariaLabel: `${e.label}, ${dateWords}, ${statusInWords(e.status, e.modality)}` };
    names.set(e, n);
  }
  return n;
}

// Creating an Intl formatter costs far more than a zoom frame's budget allows: keep them.
const shortFormats = new Map<string, Intl.DateTimeFormat>();
function shortDate(locale: string, day: number): string {
  let f = shortFormats.get(locale);
  if (!f) shortFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })));
  return f.format(dayDate(day));
}

const countTexts: string[] = [];
const countText = (n: number) => (countTexts[n] ??= `${n} events`);

export function layout(events: readonly TimelineEvent[], width: number, options: LayoutOptions): Layout {
  const o = normaliseOptions(width, options);
  const p = prepare(events);
  const domain = fitWindow(events, o.published);
  const window = o.window ?? domain;
  const fs = o.fontSize;
  const didNotHappen = events.some((e) => e.modality === 'did-not-happen');
  const legend = legendItems({ didNotHappen, range: p.items.some((i) => !i.point) }, width, fs - 1, MARGIN);
  const horizontal = o.orientation === 'horizontal';
  const counts = p.statusCounts;
  const maxLanes = o.maxLanes ?? (horizontal ? 5 : 2);
  const f = frame({
    orientation: o.orientation,
    width,
    fontSize: fs,
    top: legend.height + 4,
    lanes: [Math.max(1, Math.min(maxLanes, counts[0])), Math.max(1, Math.min(maxLanes, counts[1]))],
    undatedCount: p.undated.length,
    plotLength: o.plotLength ?? Math.min(1800, Math.max(420, p.items.length * 36)),
    tickSample: 'Sept 2025',
  });
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

// Bands at least this share of the plot long are placed first, in the outermost lane of their
// side, so "this year" neither takes a lane from last week's events nor swallows them into its
// cluster; other events still use that lane where it is free. Past this many long bands the
// rest pack like any event, which keeps a frame linear.
const LONG_SHARE = 0.2;
const LONG_MAX = 64;

function packVisible(p: Prepared, f: Frame, o: NormalisedOptions, pos: (d: number) => number, w: TimeWindow): Slot[] {
  const pub = publishedInstant(o.published);
  const [from, to] = visibleRange(p, w.start, w.end);
  // Measured labels per item index, per frame signature: a zoom frame measures nothing new.
  const sig = `${f.orientation}|${o.fontSize}|${f.labelMax}`;
  let measured = p.measured.get(sig);
  if (!measured) p.measured.set(sig, (measured = new Array(p.items.length)));
  // A count label's width depends only on its number of digits (digits share one width).
  const countLabels: Measured[] = [];
  const countShort: Measured[] = [];
  const shift = f.orientation === 'vertical' ? 2 * f.lineHeight : 0;
  const packers = [new LanePacker(f.lanes[0], GAP, shift), new LanePacker(f.lanes[1] || 1, GAP, shift)];
  const slots: Slot[] = [];
  const startOf = (i: number) => slots[i].markLo;
  const labelStart = (lo: number, along: number, floor: number) => Math.max(floor, f.plotStart, Math.min(lo, f.plotEnd - along));

  const groupOf = (item: Item): 0 | 1 => (f.shared || item.event.status !== 'projected' ? 0 : 1);
  /** The slot an item would take before packing, or null when it is out of view. */
  const candidate = (i: number): Slot | null => {
    const item = p.items[i];
    if (item.end <= w.start || item.start >= w.end) return null;
    let markLo: number;
    let markHi: number;
    if (item.point) {
      const c = pos(item.start + 0.5);
      [markLo, markHi] = [c - POINT_R, c + POINT_R];
    } else {
      // A past event happened by publication and a projected one comes after it, so a range
      // that straddles the Published line ("this year") is drawn on its own side only.
      const past = item.event.status === 'past';
      const start = !past && item.start < pub && item.end > pub ? pub : item.start;
      const end = past && item.start < pub && item.end > pub ? pub : item.end;
      markLo = Math.max(f.plotStart, pos(start));
      markHi = Math.min(f.plotEnd, pos(end));
      if (markHi - markLo < 4) [markLo, markHi] = [(markLo + markHi) / 2 - 2, (markLo + markHi) / 2 + 2];
    }
    if (markHi < f.plotStart || markLo > f.plotEnd) return null;
    const label = (measured[i] ??= measure(p, item.event.label, f, o.fontSize));
    const anchor = f.orientation === 'vertical' && item.point ? (markLo + markHi) / 2 - f.lineHeight / 2 : markLo;
    return { markLo, markHi, labelLo: labelStart(anchor, label.along, -Infinity), label, lane: -1, group: groupOf(item), members: [item] };
  };
  const tryPlace = (slot: Slot, lanes?: number): boolean => {
    const packer = packers[slot.group];
    const lane = packer.fit(slot.markLo, slot.labelLo, lanes);
    if (lane < 0 || packer.labelAt + slot.label.along > f.plotEnd + 0.5) return false;
    slot.lane = lane;
    slot.labelLo = packer.labelAt;
    packer.put(lane, slot.markHi, slot.labelLo + slot.label.along, slots.length);
    slots.push(slot);
    return true;
  };

  // Long bands first, into the outermost lane of their side (when the side has two or more).
  const placedLong = new Set<number>();
  const longDays = LONG_SHARE * (w.end - w.start);
  for (let i = from; i < to && placedLong.size < LONG_MAX; i++) {
    const item = p.items[i];
    if (item.end - item.start < longDays) continue;
    const slot = candidate(i);
    if (!slot || slot.markHi - slot.markLo < LONG_SHARE * (f.plotEnd - f.plotStart)) continue;
    const packer = packers[slot.group];
    const outer = packer.markEnd.length - 1;
    if (outer < 1) continue;
    // Only the outermost lane: fit() scans from 0, so test that lane alone.
    if (packer.markEnd[outer] + 2 > slot.markLo || packer.labelEnd[outer] + GAP > slot.labelLo + shift) continue;
    slot.lane = outer;
    slot.labelLo = Math.max(slot.labelLo, packer.labelEnd[outer] + GAP);
    if (slot.labelLo + slot.label.along > f.plotEnd + 0.5) continue;
    packer.put(outer, slot.markHi, slot.labelLo + slot.label.along, slots.length);
    slots.push(slot);
    placedLong.add(i);
  }

  for (let i = from; i < to; i++) {
    if (placedLong.has(i)) continue;
    const slot = candidate(i);
    if (!slot || tryPlace(slot)) continue;
    // No room: join the latest-starting slot, the last of its lane, which becomes (or grows)
    // a cluster; being last, it can grow without touching a neighbour.
    const item = slot.members[0];
    const packer = packers[slot.group];
    const into = packer.latest(startOf);
    if (into < 0) continue; // cannot happen with at least one lane; kept for safety
    const host = slots[packer.last[into]];
    host.members.push(item);
    host.markHi = Math.max(host.markHi, slot.markHi);
    if (item.start < (host.earliest ?? host.members[0]).start) host.earliest = item;
    if (item.end > (host.latest ?? host.members[0]).end) host.latest = item;
    if (item.event.status !== host.members[0].event.status) host.mixed = true;
    const n = host.members.length;
    const digits = n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : String(n).length;
    const m = (countLabels[digits] ??= measure(p, countText(10 ** (digits - 1)), f, o.fontSize));
    const floor = packer.labelFloor(into);
    let labelLo = labelStart(host.labelLo, m.along, floor);
    host.countOnly = labelLo + m.along > f.plotEnd;
    host.label = host.countOnly ? (countShort[digits] ??= measure(p, String(10 ** (digits - 1)), f, o.fontSize)) : m;
    labelLo = labelStart(host.labelLo, host.label.along, floor);
    host.labelLo = labelLo;
    packer.put(into, host.markHi, labelLo + host.label.along, packer.last[into]);
    packer.labelBefore[into] = floor - GAP;
  }
  // Keyboard order is time order (long bands were placed first).
  if (placedLong.size) slots.sort((a, b) => a.members[0].start - b.members[0].start || a.markLo - b.markLo);
  return slots;
}

function toMark(s: Slot, index: number, f: Frame, o: NormalisedOptions): Mark {
  const horizontal = f.orientation === 'horizontal';
  const cross = f.laneCross(s.group, s.lane);
  const stripLo = cross + (horizontal ? 4 : 2);
  const labelCross = cross + (horizontal ? STRIP + 7 : STRIP + 8);
  const first = s.members[0];
  const cluster = s.members.length > 1;
  const point = !cluster && first.point;
  const mid = (s.markLo + s.markHi) / 2;
  const box = horizontal
    ? { x: s.markLo, y: stripLo, width: s.markHi - s.markLo, height: STRIP, cx: mid, cy: stripLo + STRIP / 2 }
    : { x: stripLo, y: s.markLo, width: STRIP, height: s.markHi - s.markLo, cx: stripLo + STRIP / 2, cy: mid };
  const label: LabelBox = {
    markId: '',
    x: horizontal ? s.labelLo : labelCross,
    y: horizontal ? labelCross : s.labelLo,
    width: horizontal ? s.label.along : s.label.cross,
    height: horizontal ? s.label.cross : s.label.along,
    lines: s.label.lines,
    lineHeight: f.lineHeight,
  };
  if (!cluster) {
    const e = first.event;
    const words = namesOf(e, o.locale);
    const dateWords = words.dateWords;
    label.markId = e.id;
    const mark: EventMark = {
      kind: 'event', id: e.id, event: e, status: e.status, modality: e.modality, didNotHappen: e.modality === 'did-not-happen',
      fade: first.fade, dateWords, undated: false, shape: point ? 'point' : 'band', ...box, lane: s.lane, label,
      ariaLabel: words.ariaLabel,
      start: e.when.start ?? '', end: e.when.end ?? e.when.start ?? '',
    };
    return mark;
  }
  // Members come in start order; the latest-ending one and mixed status were noted while packing.
  const last = s.latest ?? first;
  const sameStatus = !s.mixed;
  const start = (s.earliest ?? first).event.when.start!;
  const end = last.event.when.end ?? last.event.when.start!;
  const id = `cluster-${first.event.id}`;
  label.markId = id;
  const words = (day: string) => dayInWords(day, o.locale);
  const count = s.members.length;
  label.lines = [s.countOnly ? String(count) : countText(count)];
  const members = s.members;
  const mark: ClusterMark = {
    kind: 'cluster', id,
    // Built on demand: at fit, a cluster may stand for thousands of events every zoom frame.
    get ids() {
      return members.map((m) => m.event.id);
    },
    count, status: sameStatus ? first.event.status : 'past', shape: 'point',
    ...box, cx: horizontal ? s.markLo + 9 : box.cx, cy: horizontal ? box.cy : s.markLo + 9, lane: s.lane, label,
    ariaLabel: `${count} events from ${words(start)} to ${words(end)}; press Enter to zoom in`,
    start, end, window: { start: (s.earliest ?? first).start, end: last.end },
  };
  return mark;
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
