// Layout options, normalised once on the way in; a bad value throws a sentence.
// Knows nothing of events or drawing.
import { readDateStyle, type DateStyle } from '../house/styles';
import { parsePublished } from '../temporal/reference';
import type { Orientation, TimeWindow } from './types';

export interface LayoutOptions {
  /** Publication date, `YYYY-MM-DD[THH:MM[:SS]]`: where the Published line goes. Required. */
  published: string;
  /** horizontal (time runs right) or vertical (time runs down, for narrow screens). */
  orientation?: Orientation;
  /** Visible time window in day numbers (the zoom); default: fit every dated event. */
  window?: TimeWindow | null;
  /** BCP 47 locale for dates in words (accessible names); default en-GB ("4 November 2025"). */
  locale?: string;
  /** House date style of the ticks and the Published caption; default AP for en-US, else UK. */
  dateStyle?: DateStyle;
  fontSize?: number;
  /** Lanes per status before events cluster; default 3 horizontal, 2 vertical (or fewer when narrow). */
  maxLanes?: number;
  /** Vertical only: length of the time axis in pixels; default grows with the event count. */
  plotLength?: number;
  /** The fit-all axis: proportional time, condensed (long quiet stretches cut short and drawn
   *  as axis breaks, see condense.ts), or auto (default): condensed only when the proportional
   *  fit would cluster dated events and cutting leaves fewer in clusters. */
  timeScale?: TimeScaleMode;
}

export type TimeScaleMode = 'proportional' | 'condensed' | 'auto';

export interface NormalisedOptions {
  published: string;
  orientation: Orientation;
  window: TimeWindow | null;
  locale: string;
  dateStyle: DateStyle;
  fontSize: number;
  maxLanes: number | null;
  plotLength: number | null;
  timeScale: TimeScaleMode;
}

export function normaliseOptions(width: number, o: LayoutOptions): NormalisedOptions {
  if (!(width > 0) || !Number.isFinite(width)) throw new Error(`layout width must be a positive number, got ${width}`);
  if (!o || typeof o.published !== 'string' || !parsePublished(o.published)) {
    throw new Error(`layout needs a valid publication date, got ${o?.published}`);
  }
  const orientation = o.orientation ?? 'horizontal';
  if (orientation !== 'horizontal' && orientation !== 'vertical') throw new Error(`unknown orientation: ${orientation}`);
  const w = o.window ?? null;
  if (w && !(Number.isFinite(w.start) && Number.isFinite(w.end) && w.end > w.start)) {
    throw new Error(`time window must have start before end, got ${w.start}..${w.end}`);
  }
  const fontSize = o.fontSize ?? 13;
  if (!(fontSize >= 6 && fontSize <= 48)) throw new Error(`font size out of range: ${fontSize}`);
  const timeScale = o.timeScale ?? 'auto';
  if (timeScale !== 'proportional' && timeScale !== 'condensed' && timeScale !== 'auto') throw new Error(`unknown time scale: ${timeScale}`);
  return {
    published: o.published,
    orientation,
    window: w,
    locale: o.locale ?? 'en-GB',
    dateStyle: readDateStyle(o.dateStyle, o.locale === 'en-US' ? 'ap' : 'uk'),
    fontSize,
    maxLanes: o.maxLanes ?? null,
    plotLength: o.plotLength ?? null,
    timeScale,
  };
}
