// Packing the events in view into lane slots, clustering what has no room: the arithmetic
// half of a zoom frame, linear in the events in view. Knows nothing of the final mark shapes,
// of orientation beyond the frame it is given, or of the DOM.
import { publishedInstant } from './days';
import { GAP, POINT_R, type Frame } from './geometry';
import type { NormalisedOptions } from './options';
import { stacked, wrap } from './lines';
import { growLabels } from './grow';
import { gutterOf } from './gutter';
import { widenLabels } from './widen';
import { LanePacker } from './pack';
import { visibleRange, type Item, type Prepared } from './prepare';
import { textWidth } from './textWidth';
import type { TimeWindow } from './types';

export interface Slot {
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
  /** A backdrop band drawn in the gutter (gutter.ts): its track and its extent there. Its
   *  markLo..markHi then only reserve the column beside its label, so no other mark sits there. */
  gutter?: { track: number; lo: number; hi: number };
}

export interface Measured {
  lines: string[];
  along: number;
  cross: number;
}

function measure(p: Prepared, text: string, f: Frame, fontSize: number, room = f.labelMax): Measured {
  const key = `${f.orientation}|${fontSize}|${room}|${text}`;
  const hit = p.labels.get(key);
  if (hit) return hit;
  let m: Measured;
  if (f.orientation === 'horizontal') {
    // Wrapped in a column as wide as the room (at most labelMax), up to maxLines lines.
    const lines = wrap(text, room, fontSize, f.maxLines);
    m = { lines, along: Math.max(...lines.map((l) => textWidth(l, fontSize))), cross: lines.length * f.lineHeight };
  } else {
    m = stacked(wrap(text, f.labelMax, fontSize, f.maxLines), f.lineHeight, fontSize);
  }
  p.labels.set(key, m);
  return m;
}

const countTexts: string[] = [];
export const countText = (n: number) => (countTexts[n] ??= `${n} events`);

// Bands at least this share of the plot long are placed first, in the outermost lane of their
// side, so "this year" neither takes a lane from last week's events nor swallows them into its
// cluster; other events still use that lane where it is free. Past this many long bands the
// rest pack like any event, which keeps a frame linear. Horizontal only: a phone draws its
// backdrop in the gutter (gutter.ts).
const LONG_SHARE = 0.2;
const LONG_MAX = 64;
/** A label near the end of the axis is shortened to start at its mark, down to this width;
 *  only a shorter room slides it back before its mark. Rooms come in steps of ROOM_STEP px. */
const MIN_ROOM = 110;
const ROOM_STEP = 10;
/** Events on the same day share a point: their labels stack below it, the last starting at
 *  most this many lines below the point (a band's stack stays within the band). */
const POINT_STACK = 3;

export function packVisible(p: Prepared, f: Frame, o: NormalisedOptions, pos: (d: number) => number, w: TimeWindow): Slot[] {
  const pub = publishedInstant(o.published);
  const pubAt = pos(pub);
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
  const vertical = f.orientation === 'vertical';
  const trackOf = vertical ? gutterOf(p, o.published).trackOf : null;
  const scratch = { markLo: 0, markHi: 0, labelLo: 0, label: null as unknown as Measured, lane: -1, group: 0 as 0 | 1, item: null as unknown as Item, track: -1 };
  /** The slot an item would take before packing (in `scratch`), or null when it is out of view. */
  const candidate = (i: number): typeof scratch | null => {
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
      // (gutter.ts's drawnSpan, inline: no object per band on a zoom frame.)
      const past = item.event.status === 'past';
      const straddles = item.start < pub && item.end > pub;
      const start = straddles && !past ? pub : item.start;
      const end = straddles && past ? pub : item.end;
      markLo = Math.max(f.plotStart, pos(start));
      markHi = Math.min(f.plotEnd, pos(end));
      if (markHi - markLo < 4) [markLo, markHi] = [(markLo + markHi) / 2 - 2, (markLo + markHi) / 2 + 2];
    }
    if (markHi < f.plotStart || markLo > f.plotEnd) return null;
    let label = (measured[i] ??= measure(p, item.event.label, f, o.fontSize));
    const anchor = f.orientation === 'vertical' && item.point ? (markLo + markHi) / 2 - f.lineHeight / 2 : markLo;
    // A label that would run past the end would slide left of its mark and read as another
    // event's: it is shortened to start at its mark while that leaves a readable width (and
    // grows back into whatever room it has once packed: grow.ts).
    if (f.orientation === 'horizontal' && anchor + label.along > f.plotEnd) {
      const room = Math.floor((f.plotEnd - Math.max(anchor, f.plotStart)) / ROOM_STEP) * ROOM_STEP;
      if (room >= MIN_ROOM) label = measure(p, item.event.label, f, o.fontSize, room);
    }
    // One scratch slot reused for every candidate: most events in a dense frame only join a
    // cluster, and a fresh object each would keep the garbage collector busy.
    scratch.markLo = markLo;
    scratch.markHi = markHi;
    scratch.labelLo = labelStart(anchor, label.along, -Infinity);
    scratch.label = label;
    scratch.lane = -1;
    scratch.group = groupOf(item);
    scratch.item = item;
    scratch.track = trackOf !== null && i < trackOf.length ? trackOf[i] : -1;
    return scratch;
  };
  const keep = (c: typeof scratch): Slot => ({ markLo: c.markLo, markHi: c.markHi, labelLo: c.labelLo, label: c.label, lane: c.lane, group: c.group, members: [c.item] });
  const tryPlace = (c: typeof scratch): boolean => {
    const packer = packers[c.group];
    const lane = packer.fit(c.markLo, c.labelLo);
    if (lane < 0 || packer.labelAt + c.label.along > f.plotEnd + 0.5) return false;
    c.lane = lane;
    c.labelLo = packer.labelAt;
    packer.put(lane, c.markHi, c.labelLo + c.label.along, slots.length);
    slots.push(keep(c));
    return true;
  };
  /** A backdrop band's label, packed in a column level with the band's start; the band itself
   *  goes to its gutter track. The column beside the label is reserved as if a mark were there. */
  const placeBackdrop = (c: typeof scratch): boolean => {
    const packer = packers[c.group];
    const lane = packer.fit(c.labelLo, c.labelLo);
    const lo = packer.labelAt;
    if (lane < 0 || lo + c.label.along > f.plotEnd + 0.5) return false;
    backdrop(c, lane, lo);
    return true;
  };
  const backdrop = (c: typeof scratch, lane: number, lo: number) => {
    packers[c.group].put(lane, lo + c.label.along, lo + c.label.along, slots.length);
    slots.push({ markLo: lo, markHi: lo, labelLo: lo, label: c.label, lane, group: c.group, members: [c.item], gutter: { track: c.track, lo: c.markLo, hi: c.markHi } });
  };
  /** Events with the same days share the mark of the one before (slot `at`, last of its lane):
   *  drawn at one place they read as one band or point, and each label follows the one before
   *  while it still starts beside the band (a point's, a few lines below it). Backdrop bands of
   *  the same days share their gutter strip the same way, their labels stacked in a column. */
  const stackOn = (at: number, c: typeof scratch): boolean => {
    const prev = slots[at];
    const [a, b] = [prev.members[0], c.item];
    if (prev.members.length > 1 || a.start !== b.start || a.end !== b.end || a.point !== b.point || a.event.status !== b.event.status) return false;
    const packer = packers[c.group];
    if (packer.last[prev.lane] !== at) return false;
    const lo = packer.labelEnd[prev.lane] + GAP;
    const limit = b.point ? c.labelLo + POINT_STACK * f.lineHeight : c.markHi - f.lineHeight;
    if (lo > limit || lo + c.label.along > f.plotEnd + 0.5) return false;
    if (prev.gutter) {
      backdrop(c, prev.lane, lo);
      return true;
    }
    c.lane = prev.lane;
    c.labelLo = lo;
    // No other event's mark beside a label that slid below the shared point.
    packer.put(prev.lane, Math.max(c.markHi, lo + f.lineHeight), lo + c.label.along, slots.length);
    slots.push(keep(c));
    return true;
  };

  // Long bands first, into the outermost lane of their side (when the side has two or more).
  // Not on a phone: its backdrop is in the gutter, and a zoom that makes last week's bands
  // long would put their stack in the last column, where no label can widen.
  const placedLong = new Map<number, number>();
  const longDays = LONG_SHARE * (w.end - w.start);
  for (let i = vertical ? to : from; i < to && placedLong.size < LONG_MAX; i++) {
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
    placedLong.set(i, slots.length);
    packer.put(outer, slot.markHi, slot.labelLo + slot.label.along, slots.length);
    slots.push(keep(slot));
  }

  // The slot the previous item took on its own (-1 when none): identical items come in a row.
  let prev = -1;
  for (let i = from; i < to; i++) {
    const long = placedLong.get(i);
    if (long !== undefined) {
      prev = long;
      continue;
    }
    const slot = candidate(i);
    if (!slot) continue;
    if ((vertical && prev >= 0 && stackOn(prev, slot)) || (slot.track >= 0 && placeBackdrop(slot)) || tryPlace(slot)) {
      prev = slots.length - 1;
      continue;
    }
    prev = -1;
    // No room: join the latest-starting slot, the last of its lane, which becomes (or grows)
    // a cluster; being last, it can grow without touching a neighbour.
    const item = slot.item;
    const packer = packers[slot.group];
    const into = packer.latest(startOf);
    if (into < 0) continue; // cannot happen with at least one lane; kept for safety
    const host = slots[packer.last[into]];
    // A backdrop band's label hosting a cluster: the cluster is drawn in the column.
    host.gutter = undefined;
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
  // Lanes and clusters are settled at the short width; now each label takes its free room,
  // along its lane, then (vertically) across empty columns beside it.
  // On a phone the Published line crosses the columns: past labels stop above it.
  const publishedAt = vertical ? pubAt : null;
  growLabels(slots, p, f, o.fontSize, publishedAt);
  widenLabels(slots, p, f, o.fontSize, publishedAt);
  // Keyboard order is time order (long bands were placed first).
  if (placedLong.size) slots.sort((a, b) => a.members[0].start - b.members[0].start || a.markLo - b.markLo);
  return slots;
}
