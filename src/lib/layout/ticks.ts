// Axis ticks for the visible window: d3-time picks round dates (utcTicks, what scaleUtc's
// ticks() calls), tickWords names them in the house date style, in UTC. Knows nothing of events or
// orientation. Not d3-scale itself: it drags d3-interpolate, d3-color and d3-time-format
// (~9 KB gzip) into the embed for one linear mapping.
import { utcTicks } from 'd3-time';
import type { DateStyle } from '../house/styles';
import { dayDate } from './days';
import { textWidth } from './textWidth';
import { tickWords } from './tickWords';
import type { TimeWindow } from './types';

const MS_PER_DAY = 86_400_000;

export interface RawTick {
  day: number;
  pos: number;
  text: string;
}

/** About one tick per `spacing` pixels, never closer than one a day. */
export function timeTicks(window: TimeWindow, start: number, end: number, spacing: number, style: DateStyle): RawTick[] {
  const [d0, d1] = [dayDate(window.start), dayDate(window.end)];
  // The same arithmetic as d3's linear interpolation, so positions match scaleUtc's exactly.
  const scale = (d: Date) => {
    const t = (d.getTime() - d0.getTime()) / (d1.getTime() - d0.getTime());
    return start * (1 - t) + end * t;
  };
  const count = Math.max(2, Math.min(Math.floor(Math.abs(end - start) / spacing), Math.floor(window.end - window.start)));
  const dates = utcTicks(d0, d1, count);
  const allYears = dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  const allMonths = dates.every((d) => d.getUTCDate() === 1);
  return dates.map((d, i) => {
    let text: string;
    if (allYears) text = String(d.getUTCFullYear());
    else if (allMonths) {
      const withYear = i === 0 || d.getUTCMonth() === 0;
      text = tickWords(d, withYear ? 'monthYear' : 'month', style);
    } else {
      const withYear = i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() <= 7);
      text = tickWords(d, withYear ? 'dayYear' : 'day', style);
    }
    return { day: d.getTime() / MS_PER_DAY, pos: scale(d), text };
  });
}

/** Ticks for a window on a condensed axis: each kept stretch gets its own round dates (its
 *  first names its year again, as after a break a reader has lost it); none inside a break.
 *  `pos` maps a day to its position; stretches are day ranges where time is linear. */
export function stretchTicks(
  window: TimeWindow,
  stretches: readonly TimeWindow[],
  pos: (day: number) => number,
  spacing: number,
  style: DateStyle,
): RawTick[] {
  const out: RawTick[] = [];
  for (const s of stretches) {
    const start = Math.max(s.start, window.start);
    const end = Math.min(s.end, window.end);
    if (end - start < 1) continue;
    const [p0, p1] = [pos(start), pos(end)];
    // A stretch shorter than half the spacing has no room for a tick of its own.
    if (p1 - p0 < spacing / 2) continue;
    // A short stretch is the few days kept around one event between two breaks: one tick at its
    // middle, dated in full, says when it is; round-number ticks would crowd it with days.
    if (p1 - p0 < spacing * 1.5) {
      const mid = Math.floor((start + end) / 2);
      out.push({ day: mid, pos: pos(mid), text: stretchWords(start, end, style) });
      continue;
    }
    out.push(...timeTicks({ start, end }, p0, p1, spacing, style));
  }
  return out;
}

/** A kept stretch named at its middle as coarsely as it is long: a year kept around a year's
 *  event is "2014", never a day in it; a decade "the 1350s"; a few days their middle day. */
function stretchWords(start: number, end: number, style: DateStyle): string {
  const a = dayDate(start);
  const b = dayDate(end - 1);
  const [y0, y1] = [a.getUTCFullYear(), b.getUTCFullYear()];
  if (end - start >= 3000) return y1 - y0 >= 9 && y0 % 10 === 0 ? `the ${y0}s` : `${y0}-${y1}`;
  if (end - start >= 300) return y0 === y1 ? String(y0) : `${y0}-${y1}`;
  if (end - start >= 28) return tickWords(dayDate(Math.floor((start + end) / 2)), 'monthYear', style);
  return tickWords(dayDate(Math.floor((start + end) / 2)), 'dayYear', style);
}

/** A cut's length in words, for the text beside a break: "3 weeks", "4 months", "12 years". */
export function cutInWords(days: number): string {
  const [n, unit] =
    days < 14 ? [Math.round(days), 'day'] : days < 61 ? [Math.round(days / 7), 'week'] : days < 700 ? [Math.round(days / 30.44), 'month'] : [Math.round(days / 365.25), 'year'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A tick too wide for the room left of a vertical axis ("Sept. 12, 2016" on a phone, where the
 *  axis is sized for "Sept 2025") puts its year on a line of its own rather than being cut at
 *  the page's edge. */
export function stackYear(text: string, room: number, size: number): { text: string; year?: string } {
  if (textWidth(text, size) <= room) return { text };
  const m = /^(.*?),?\s+(\d{3,4})$/.exec(text);
  return m ? { text: m[1], year: m[2] } : { text };
}
