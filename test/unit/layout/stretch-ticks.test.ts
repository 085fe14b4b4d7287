import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/lib/layout/days';
import { stretchTicks } from '../../../src/lib/layout/ticks';

// Day numbers of a few dates, and a condensed axis's position function for two kept stretches:
// 29 Dec 2024 - 4 Jan 2025 at 0-60 px, then (after a break) 1 Oct - 31 Dec 2025 at 90-690 px.
const d = (iso: string) => dayNumber(iso);
const stretches = [
  { start: d('2024-12-29'), end: d('2025-01-04') },
  { start: d('2025-10-01'), end: d('2025-12-31') },
];
const pos = (day: number) =>
  day <= stretches[0].end
    ? ((day - stretches[0].start) / (stretches[0].end - stretches[0].start)) * 60
    : 90 + ((day - stretches[1].start) / (stretches[1].end - stretches[1].start)) * 600;

describe('ticks on a condensed axis', () => {
  const ticks = stretchTicks({ start: stretches[0].start, end: stretches[1].end }, stretches, pos, 70, 'uk');

  it('give a short kept stretch one tick at its middle, dated in full', () => {
    const first = ticks.filter((t) => t.pos <= 60);
    expect(first.map((t) => t.text)).toEqual(['1 Jan 2025']);
  });

  it('give a long kept stretch round dates of its own, none in the break', () => {
    const second = ticks.filter((t) => t.pos > 60);
    expect(second.length).toBeGreaterThanOrEqual(3);
    expect(second.every((t) => t.pos >= 90 && t.pos <= 690)).toBe(true);
    // the first tick after a break names its year again
    expect(second[0].text).toMatch(/Oct 2025$/);
  });
});
