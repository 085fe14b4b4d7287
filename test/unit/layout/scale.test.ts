import { describe, expect, it } from 'vitest';
import { condensedScale } from '../../../src/lib/layout/condense';
import { dayNumber } from '../../../src/lib/layout/days';
import { keptStretches, linearScale, toDay, toUnit, type TimeScale } from '../../../src/lib/layout/scale';

const d = dayNumber;
const span = (start: string, end: string) => ({ start: d(start), end: d(end) + 1 });

// A story published 2025-11-05: a background year (drawn up to publication, as a past range
// is), a summer offensive, last week, a projection.
const story = {
  spans: [{ start: d('2025-01-01'), end: d('2025-11-05') + 0.5 }, span('2025-06-01', '2025-08-31'), span('2025-10-27', '2025-11-02'), span('2025-11-04', '2025-11-04'), span('2026-03-01', '2026-03-31')],
  anchors: [d('2025-11-05') + 0.5],
  domain: { start: d('2024-12-17'), end: d('2026-04-15') },
  length: { min: 500, max: 500 },
  perEvent: 44,
  breakLength: 26,
};

describe('the time scale', () => {
  it('maps days to units and back through a linear scale of one segment', () => {
    const s = linearScale({ start: 100, end: 200 }, 500);
    expect(toUnit(s, 150)).toBe(250);
    expect(toDay(s, 250)).toBe(150);
    expect(toUnit(s, 220)).toBe(600); // past the end, the segment extends
  });

  it('gives back the day it was given: toDay(toUnit(d)) = d across a condensed scale', () => {
    const { scale } = condensedScale(story)!;
    for (let day = story.domain.start - 30; day < story.domain.end + 30; day += 3.7) expect(toDay(scale, toUnit(scale, day))).toBeCloseTo(day, 6);
  });

  it('is strictly increasing, breaks included', () => {
    const { scale } = condensedScale(story)!;
    let last = -Infinity;
    for (let day = story.domain.start; day <= story.domain.end; day += 0.5) {
      const u = toUnit(scale, day);
      expect(u).toBeGreaterThan(last);
      last = u;
    }
  });
});

describe('where a condensed scale cuts', () => {
  const breaksOf = (s: TimeScale) => s.breaks.map((b) => [Math.round(b.fromDay - d('2025-01-01')), Math.round(b.toDay - d('2025-01-01'))]);

  it('cuts the quiet months before the summer, between summer and last week, and before March', () => {
    const { scale } = condensedScale(story)!;
    expect(scale.breaks).toHaveLength(3);
    const [a, b, c] = scale.breaks;
    // The first of January, where "this year" begins, stays on the axis before the first cut.
    expect(a.fromDay).toBeGreaterThan(d('2025-01-01'));
    expect(a.toDay).toBeLessThan(d('2025-06-01'));
    expect(b.fromDay).toBeGreaterThan(d('2025-09-01'));
    expect(b.toDay).toBeLessThan(d('2025-10-27'));
    expect(c.fromDay).toBeGreaterThan(d('2025-11-05'));
    expect(c.toDay).toBeLessThan(d('2026-03-01'));
    expect(breaksOf(scale).every(([from, to]) => to > from)).toBe(true);
  });

  it('never cuts where a short event sits; "this year" is drawn across the cuts', () => {
    const { scale, domain } = condensedScale(story)!;
    expect(scale.days[0]).toBe(domain.start);
    expect(domain.start).toBeLessThanOrEqual(d('2025-01-01'));
    for (const s of story.spans.slice(1)) for (const b of scale.breaks) expect(s.end <= b.fromDay || s.start >= b.toDay).toBe(true);
  });

  it('gives the busy week room for its two events, though it is a tenth as long as the summer', () => {
    const { scale } = condensedScale(story)!;
    const week = toUnit(scale, d('2025-11-06')) - toUnit(scale, d('2025-10-27'));
    const summer = toUnit(scale, d('2025-09-01')) - toUnit(scale, d('2025-06-01'));
    const stretch = keptStretches(scale).find((k) => k.start <= d('2025-10-27') && k.end >= d('2025-11-06'))!;
    expect(toUnit(scale, stretch.end) - toUnit(scale, stretch.start)).toBeGreaterThanOrEqual(2 * story.perEvent);
    expect(week / 10).toBeGreaterThan((5 * summer) / 92);
  });

  it('keeps time linear inside a kept stretch and gives each break the same short length', () => {
    const { scale } = condensedScale(story)!;
    const [s] = keptStretches(scale).filter((k) => k.start <= d('2025-10-27') && k.end >= d('2025-11-03'));
    const perDay = toUnit(scale, d('2025-10-28')) - toUnit(scale, d('2025-10-27'));
    expect(toUnit(scale, d('2025-11-03')) - toUnit(scale, d('2025-10-27'))).toBeCloseTo(7 * perDay, 6);
    expect(s).toBeDefined();
    for (const b of scale.breaks) expect(toUnit(scale, b.toDay) - toUnit(scale, b.fromDay)).toBeCloseTo(26, 6);
  });

  it('does not cut a story whose events are spread evenly', () => {
    const even = Array.from({ length: 30 }, (_, i) => ({ start: d('2025-01-01') + i * 10, end: d('2025-01-01') + i * 10 + 1 }));
    expect(condensedScale({ ...story, spans: even, anchors: [d('2025-05-30')], domain: { start: d('2024-12-25'), end: d('2025-11-05') } })).toBeNull();
  });

  it('does not cut a lull shorter than three weeks', () => {
    const spans = [span('2025-11-01', '2025-11-01'), span('2025-11-19', '2025-11-19')];
    expect(condensedScale({ ...story, spans, anchors: [], domain: { start: d('2025-10-25'), end: d('2025-11-25') } })).toBeNull();
  });

  it('cuts decades of background down to breaks in a story dated 1977, the 1990s and this week', () => {
    const spans = [span('1977-05-01', '1977-05-01'), span('1990-01-01', '1999-12-31'), span('2024-03-04', '2024-03-04'), span('2024-03-05', '2024-03-05')];
    const c = condensedScale({ ...story, spans, anchors: [d('2024-03-06')], domain: { start: d('1975-10-01'), end: d('2025-08-01') } })!;
    const { scale } = c;
    // 1977 and the 1990s are kept with their events; the twelve and the twenty-four years
    // between them and this week are cut; the fit window's year of air at each end shrinks
    // to a few days of context.
    expect(scale.breaks).toHaveLength(2);
    expect(scale.breaks[0].fromDay).toBeLessThan(d('1980-01-01'));
    expect(scale.breaks[1].toDay).toBeGreaterThan(d('2020-01-01'));
    expect(c.domain.start).toBeGreaterThan(d('1977-04-01'));
    expect(c.domain.end).toBeLessThan(d('2024-03-20'));
    const week = toUnit(scale, d('2024-03-07')) - toUnit(scale, d('2024-03-03'));
    expect(week).toBeGreaterThan(60);
  });

  it('grows a vertical axis to hold its events, within its most', () => {
    const many = Array.from({ length: 20 }, (_, i) => span('2025-11-03', '2025-11-03')).map((s, i) => ({ ...s, start: s.start + (i % 3) }));
    const c = condensedScale({ ...story, spans: [...story.spans, ...many], length: { min: 500, max: 1300 } })!;
    expect(c.length).toBeGreaterThan(500);
    expect(c.length).toBeLessThanOrEqual(1300);
  });
});
