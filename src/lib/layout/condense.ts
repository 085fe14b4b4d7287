// Where a condensed axis cuts. A news story is dense around its present ("last week", "on
// Tuesday", "next month") and sparse in its background ("in 1977", "this year", "since the
// 1990s"); on a proportional axis the background years take the room and the week that is the
// news shrinks to a few pixels. Here quiet stretches (no short event in them) long enough to
// matter are cut to a fixed short break, and each kept stretch gets room for what it holds
// (its events) more than for how long it lasts. Within a kept stretch time stays linear, so a
// band's length is its true span at that stretch's scale. Knows nothing of pixels beyond the
// lengths it is given, nor of drawing, zoom or the clock.
import type { TimeScale } from './scale';

interface Span {
  start: number;
  end: number;
}

export interface CondenseInput {
  /** Dated events as drawn, [start, end) day numbers (a past range ends at publication). */
  spans: readonly Span[];
  /** Days that must sit on kept time (the publication instant). */
  anchors: readonly number[];
  domain: Span;
  /** Units the whole axis may take: at least `min`, growing with what it must hold up to `max`. */
  length: { min: number; max: number };
  /** Units an event needs along the axis (its label's extent plus a gap). */
  perEvent: number;
  /** Units a break takes, whatever it cuts. */
  breakLength: number;
}

/** A span at least this share of the axis ("this year" in a story of a few months) is the
 *  story's backdrop: it is drawn across breaks instead of holding its whole span open. */
export const LONG_SHARE = 1 / 3;
/** A quiet stretch is cut when it is at least this share of the axis and this many days:
 *  shorter lulls are the rhythm of the news itself (the days between "last week" and
 *  "on Tuesday") and a reader reads them better at their true length. */
const CUT_SHARE = 0.08;
const CUT_MIN_DAYS = 21;
/** Context kept on each side of a break, so an event's first and last day are not drawn right
 *  against it: a tenth of the busy stretch, at least three days, at most a tenth of the cut. */
const PAD_SHARE = 0.1;
const PAD_MIN_DAYS = 3;

/** The condensed scale, the axis length it chose and its fit-all domain (the fit window with
 *  its air trimmed), or null when no cut is worth making. */
export function condensedScale(c: CondenseInput): { scale: TimeScale; length: number; domain: Span } | null {
  const fit = c.domain;
  const total = fit.end - fit.start;
  if (!(total > 0)) return null;
  const inFit = (d: number) => d >= fit.start && d <= fit.end;
  const isLong = (s: Span) => s.end - s.start >= LONG_SHARE * total;
  const short = c.spans.filter((s) => !isLong(s) && s.end > fit.start && s.start < fit.end);
  // A long span is drawn across breaks, but its ends stay on kept time, read against a tick.
  const ends = c.spans.filter(isLong).flatMap((s) => [s.start, s.end]);
  const occupied: Span[] = [
    ...short.map((s) => ({ start: Math.max(s.start, fit.start), end: Math.min(s.end, fit.end) })),
    ...[...ends, ...c.anchors].filter(inFit).map((d) => ({ start: d, end: d })),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  // A gap must also save more than the break costs, at the proportional fit's scale.
  const cutDays = Math.max(CUT_SHARE * total, CUT_MIN_DAYS, ((1.5 * c.breakLength) / c.length.min) * total);
  const runs: Span[] = [];
  for (const o of occupied) {
    const last = runs[runs.length - 1];
    if (last && o.start - last.end < cutDays) last.end = Math.max(last.end, o.end);
    else runs.push({ ...o });
  }
  if (runs.length < 2) return null;

  // Kept stretches: each run with some context taken from the cut on either side. The fit
  // window's own air (3% a side: more than a year for a story reaching back decades) shrinks
  // to the same context, instead of a quiet stretch at each end of the axis.
  const context = (run: Span) => Math.max(PAD_MIN_DAYS, PAD_SHARE * (run.end - run.start));
  const pad = (run: Span, gap: number) => Math.min(gap / 10, context(run));
  const first = runs[0];
  const last = runs[runs.length - 1];
  const domain = { start: Math.max(fit.start, first.start - context(first)), end: Math.min(fit.end, last.end + context(last)) };
  const kept = runs.map((r, i) => ({
    start: i === 0 ? domain.start : r.start - pad(r, r.start - runs[i - 1].end),
    end: i === runs.length - 1 ? domain.end : r.end + pad(r, runs[i + 1].start - r.end),
    events: 0,
  }));
  for (const s of short) {
    let i = kept.length - 1;
    while (i > 0 && kept[i].start > s.start) i--;
    kept[i].events++;
  }

  // Room: what each stretch must hold first (a lone event room for its label and some air),
  // the rest shared three quarters by need and a quarter by duration, so a long stretch still
  // reads longer than a short one with as many events.
  // A stretch with no event of its own (where a long span begins) gets room for a tick.
  const need = kept.map((k) => (k.events ? Math.max(1.5 * c.perEvent, k.events * c.perEvent) : c.perEvent));
  const breaks = (kept.length - 1) * c.breakLength;
  const needed = need.reduce((a, b) => a + b, 0);
  const length = Math.min(c.length.max, Math.max(c.length.min, needed + breaks));
  const room = length - breaks;
  if (room <= needed / 4) return null;
  const keptDays = kept.reduce((a, k) => a + (k.end - k.start), 0);
  const share = (i: number) => {
    if (needed >= room) return (need[i] * room) / needed;
    return need[i] + (room - needed) * (0.75 * (need[i] / needed) + 0.25 * ((kept[i].end - kept[i].start) / keptDays));
  };

  // Breakpoints: each kept stretch's start and end; a break is the segment between stretches.
  const days: number[] = [];
  const units: number[] = [];
  let u = 0;
  kept.forEach((k, i) => {
    if (i > 0) u += c.breakLength;
    days.push(k.start, k.end);
    units.push(u, (u += share(i)));
  });
  const scale: TimeScale = {
    days,
    units,
    breaks: kept.slice(1).map((k, i) => ({ fromDay: kept[i].end, toDay: k.start })),
  };
  return { scale, length, domain };
}
