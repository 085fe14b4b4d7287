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

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, o: Intl.DateTimeFormatOptions) {
  const key = locale + JSON.stringify(o);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' })));
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
      text = fmt(locale, withYear ? { month: 'short', year: 'numeric' } : { month: 'short' }).format(d);
    } else {
      const withYear = i === 0 || (d.getUTCMonth() === 0 && d.getUTCDate() <= 7);
      text = fmt(locale, withYear ? { day: 'numeric', month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' }).format(d);
    }
    return { day: d.getTime() / MS_PER_DAY, pos: scale(d), text };
  });
}
