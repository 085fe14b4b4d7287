// Axis ticks for the visible window: d3-time picks round dates (utcTicks, what scaleUtc's
// ticks() calls), Intl names them in the layout's locale, in UTC. Knows nothing of events or
// orientation. Not d3-scale itself: it drags d3-interpolate, d3-color and d3-time-format
// (~9 KB gzip) into the embed for one linear mapping.
import { utcTicks } from 'd3-time';
import { dayDate } from './days';
import type { TimeWindow } from './types';

const MS_PER_DAY = 86_400_000;

export interface RawTick {
  day: number;
  pos: number;
  text: string;
}

// The four tick formats by name, so a zoom frame's ticks find their formatter by a short key
// rather than serialising options for every tick.
const FORMATS = {
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, name: keyof typeof FORMATS) {
  const key = `${locale}|${name}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...FORMATS[name], timeZone: 'UTC' })));
  return f;
}

/** About one tick per `spacing` pixels, never closer than one a day. */
export function timeTicks(window: TimeWindow, start: number, end: number, spacing: number, locale: string): RawTick[] {
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
      text = fmt(locale, withYear ? 'monthYear' : 'month').format(d);
    } else {
      const withYear = i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() <= 7);
      text = fmt(locale, withYear ? 'dayYear' : 'day').format(d);
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
  locale: string,
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
      out.push({ day: mid, pos: pos(mid), text: fmt(locale, 'dayYear').format(dayDate(mid)) });
      continue;
    }
    out.push(...timeTicks({ start, end }, p0, p1, spacing, locale));
  }
  return out;
}

/** A cut's length in words, for the text beside a break: "3 weeks", "4 months", "12 years". */
export function cutInWords(days: number): string {
  const [n, unit] =
    days < 14 ? [Math.round(days), 'day'] : days < 61 ? [Math.round(days / 7), 'week'] : days < 700 ? [Math.round(days / 30.44), 'month'] : [Math.round(days / 365.25), 'year'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
