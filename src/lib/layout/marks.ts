// A packed slot as a drawable mark: its box across the lane, its label box, its words for
// people (date in words, accessible name) and the data attributes' values. Knows nothing of the
// packing that produced the slot, nor of the DOM.
import type { TimelineEvent } from '../document';
import { dateInWords, dayInWords, statusInWords } from './dateWords';
import { GUTTER_STRIP, STRIP, type Frame } from './geometry';
import type { NormalisedOptions } from './options';
import { countText, type Slot } from './slots';
import type { ClusterMark, EventMark, LabelBox, Mark } from './types';

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

export function toMark(s: Slot, index: number, f: Frame, o: NormalisedOptions): Mark {
  const horizontal = f.orientation === 'horizontal';
  const cross = f.laneCross(s.group, s.lane);
  const stripLo = cross + (horizontal ? 4 : 2);
  const labelCross = cross + (horizontal ? STRIP + 7 : STRIP + 8);
  const first = s.members[0];
  const cluster = s.members.length > 1;
  const point = !cluster && first.point;
  const mid = (s.markLo + s.markHi) / 2;
  const g = s.gutter;
  // A backdrop band is a thin strip in its gutter track; its label stays in the column.
  const box = g
    ? { x: f.gutterCross(g.track), y: g.lo, width: GUTTER_STRIP, height: g.hi - g.lo, cx: f.gutterCross(g.track) + GUTTER_STRIP / 2, cy: (g.lo + g.hi) / 2 }
    : horizontal
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
