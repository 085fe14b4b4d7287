import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { layout, type EventMark, type Layout } from '../../../src/lib/layout';
import { dayNumber } from '../../../src/lib/layout/days';

const published = '2025-11-05';
const at = dayNumber('2025-06-01');
const options = { published, orientation: 'vertical' as const, timeScale: 'proportional' as const, plotLength: 600, window: { start: at - 50, end: at + 50 } };
const LONG = 'Various members of the National Assembly shared details of a private NIS audit';

function event(id: string, label: string, start: string, end = start): TimelineEvent {
  return { id, label, status: 'past', when: { timex: start, start, end, granularity: start === end ? 'day' : 'year', text: 'x' }, source: { start: 0, end: 1 } };
}
const markOf = (l: Layout, id: string) => l.marks.find((m) => m.id === id) as EventMark;

describe('a vertical label widens across the empty columns beside it', () => {
  it('takes the second column when nothing is drawn there over its stretch', () => {
    const l = layout([event('a', LONG, '2025-06-01'), event('b', 'NIS briefs lawmakers', '2025-07-15')], 375, options);
    const a = markOf(l, 'a');
    const b = markOf(l, 'b');
    // Both sit in the first column; the second is empty, so the label spans it, in fewer lines.
    expect(b.x).toBe(a.x);
    expect(a.label.x + a.label.width).toBeGreaterThan(a.label.x + (l.width - a.label.x) / 2);
    expect(a.label.x + a.label.width).toBeLessThanOrEqual(l.width);
    expect(a.label.lines.join(' ')).toBe(LONG);
    expect(a.label.lines.length).toBeLessThanOrEqual(3);
  });

  it('keeps to its column where the next column holds a band over its stretch', () => {
    // A band from the same day on, in a story since 2020, is no backdrop for the gutter
    // (gutter.ts): it takes the column after the point's.
    const year = event('y', 'Kim sends troops', '2025-06-01', '2025-12-31');
    const l = layout([event('a', LONG, '2025-06-01'), year, event('t', 'Talks began', '2020-01-01')], 375, options);
    const a = markOf(l, 'a');
    expect(markOf(l, 'y').x).toBeGreaterThan(a.x);
    expect(a.label.x + a.label.width).toBeLessThan(markOf(l, 'y').x);
  });

  it('does not widen past a label of the next column that it would meet', () => {
    // A point the next day, pushed to the second column by the first label's lines.
    const l = layout([event('a', LONG, '2025-06-01'), event('c', LONG, '2025-06-02')], 375, { ...options, maxLanes: 2 });
    const [a, c] = [markOf(l, 'a'), markOf(l, 'c')];
    expect(c.x).toBeGreaterThan(a.x);
    expect(a.label.x + a.label.width).toBeLessThan(c.x);
  });
});
