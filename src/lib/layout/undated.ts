// The "Expected, no date" group: undated events listed after the last dated one (a column at
// the right when horizontal, a block below when vertical), each label wrapped to two lines in
// the width the group has, the overflow folded into a count.
// Knows nothing of the time scale: these events have no position in time.
import type { TimelineEvent } from '../document';
import { statusInWords } from './dateWords';
import { POINT_R, STRIP, UNDATED_LINES, UNDATED_ROWS, undatedRowHeight, type Frame } from './geometry';
import type { NormalisedOptions } from './options';
import { wrap } from './lines';
import { textWidth } from './textWidth';
import type { ClusterMark, EventMark, LabelBox, Mark } from './types';

export const UNDATED_HEADING = 'Expected, no date';

export function placeUndated(
  events: TimelineEvent[],
  f: Frame,
  o: NormalisedOptions,
): { marks: Mark[]; header: { x: number; y: number; text: string } | null } {
  const u = f.undated;
  if (!u || events.length === 0) return { marks: [], header: null };
  const fs = o.fontSize;
  const rowH = undatedRowHeight(f.lineHeight);
  const top = u.y + f.lineHeight + 6;
  const room = u.width - STRIP - 10;
  const shown = events.length > UNDATED_ROWS + 1 ? UNDATED_ROWS : events.length;
  const marks: Mark[] = [];
  const row = (i: number) => {
    const y = top + i * rowH;
    const cy = y + f.lineHeight / 2;
    return { x: u.x, y: cy - STRIP / 2, width: STRIP, height: STRIP, cx: u.x + POINT_R, cy };
  };
  const labelAt = (i: number, lines: string[], id: string): LabelBox => ({
    markId: id,
    x: u.x + STRIP + 8,
    y: top + i * rowH,
    width: Math.max(...lines.map((l) => textWidth(l, fs))),
    height: lines.length * f.lineHeight,
    lines,
    lineHeight: f.lineHeight,
  });
  for (let i = 0; i < shown; i++) {
    const e = events[i];
    const lines = wrap(e.label, room, fs, UNDATED_LINES);
    const mark: EventMark = {
      kind: 'event', id: e.id, event: e, status: e.status, modality: e.modality,
      didNotHappen: e.modality === 'did-not-happen', fade: 'none', dateWords: 'no date given', undated: true,
      shape: 'point', ...row(i), lane: i, label: labelAt(i, lines, e.id),
      ariaLabel: `${e.label}, no date given, ${statusInWords(e.status, e.modality)}`, start: '', end: '',
    };
    marks.push(mark);
  }
  if (shown < events.length) {
    const rest = events.slice(shown);
    const id = `cluster-undated-${rest[0].id}`;
    const cluster: ClusterMark = {
      kind: 'cluster', id, ids: rest.map((e) => e.id), count: rest.length, status: 'projected', shape: 'point',
      ...row(shown), lane: shown, label: labelAt(shown, [`${rest.length} more`], id),
      ariaLabel: `${rest.length} more events with no date; listed in the event list`, start: '', end: '',
      window: { start: 0, end: 0 },
    };
    marks.push(cluster);
  }
  return { marks, header: { x: u.x, y: u.y + f.lineHeight * 0.8, text: UNDATED_HEADING } };
}
