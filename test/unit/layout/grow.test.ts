import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { layout, type EventMark, type Layout } from '../../../src/lib/layout';
import { dayNumber } from '../../../src/lib/layout/days';
import { GAP, UNDATED_LINES } from '../../../src/lib/layout/geometry';
import { textWidth } from '../../../src/lib/layout/textWidth';

const published = '2025-11-05';
let n = 0;
function event(label: string, start: string | null, status: 'past' | 'projected' = 'past'): TimelineEvent {
  return {
    id: `g${n++}`, label, status,
    when: { timex: start, start, end: start, granularity: start ? 'day' : null, text: start ? 'x' : null },
    source: { start: 0, end: 1 },
  };
}
const markOf = (l: Layout, e: TimelineEvent) => l.marks.find((m) => m.id === e.id) as EventMark;
/** A wrapped label's words as one line again (a break after a hyphen keeps the hyphen). */
const joined = (lines: string[]) => lines.join(' ').replace(/- /g, '-');
const LONG = 'Various members of the National Assembly shared details of a private NIS audit';

describe('a horizontal label wraps, and grows into the free room of its lane', () => {
  it.each([
    [1000, 'Various members of the National Assembly shared details of a private NIS audit'],
    [1440, 'President Trump visited Malaysia, Japan, and South Korea for policy discussions'],
    [760, 'Kim admitted to sending thousands of troops to Kursk, Russia'],
  ])('a lone event at %i px draws its whole label: "%s"', (width, label) => {
    const e = event(label, '2025-10-01');
    const l = layout([e], width, { published, timeScale: 'proportional' });
    const m = markOf(l, e);
    expect(joined(m.label.lines)).toBe(label);
    expect(m.label.lines.length).toBeLessThanOrEqual(3);
  });

  it('stops the first of two labels in one lane GAP before the second, both drawn whole', () => {
    const [a, b] = [event(LONG, '2025-01-10'), event(LONG, '2025-06-01')];
    const l = layout([a, b], 1000, { published, maxLanes: 1, timeScale: 'proportional' });
    const [ma, mb] = [markOf(l, a), markOf(l, b)];
    expect(ma.label.y).toBe(mb.label.y);
    expect(ma.label.x + ma.label.width).toBeLessThanOrEqual(Math.min(mb.label.x, mb.x) - GAP + 0.01);
    expect(joined(ma.label.lines)).toBe(LONG);
    expect(joined(mb.label.lines)).toBe(LONG);
  });

  it('starts a label near the plot end at its mark and wraps it, whole, in the room up to the end', () => {
    // Three lines of the 160-odd px left hold this label; a longer one would be cut there.
    const label = 'Negotiators expect summit talks resuming quickly, officials say';
    const e = event(label, '2025-09-01');
    const at = dayNumber('2025-09-01');
    const l = layout([e], 1000, { published: '2025-09-01', timeScale: 'proportional', window: { start: at - 300, end: at + 60 } });
    const m = markOf(l, e);
    expect(m.label.x).toBeCloseTo(m.x, 0);
    expect(m.label.width).toBeLessThanOrEqual(l.plot.end - m.label.x + 0.01);
    expect(joined(m.label.lines)).toBe(label);
  });
});

describe('a vertical label takes more lines when its column has the room', () => {
  const at = dayNumber('2025-06-01');
  const window = { start: at - 50, end: at + 50 };
  const options = { published, orientation: 'vertical' as const, timeScale: 'proportional' as const, plotLength: 600, window };

  it('wraps a label to up to four lines instead of two', () => {
    // A band from the same day on takes the second column from end to end, so the label keeps
    // to its own. (An event in 2020 makes the story long enough that the band is no backdrop
    // for the gutter.)
    const e = event(LONG, '2025-06-01');
    const year = { ...event('Kim sends troops', '2025-06-01'), when: { timex: '2025-06', start: '2025-06-01', end: '2025-12-31', granularity: 'month' as const, text: 'since June' } };
    const events = [event('Talks began', '2020-01-01'), e, year];
    const m = markOf(layout(events, 375, options), e);
    expect(m.label.x + m.label.width).toBeLessThan(markOf(layout(events, 375, options), year).x);
    expect(m.label.lines.length).toBe(4);
    expect(m.label.height).toBe(4 * m.label.lineHeight);
  });

  it('takes one more line past the end of the axis, where only the axis ends', () => {
    const e = event(LONG, '2025-07-17'); // three days before the window ends
    const l = layout([e], 375, options);
    const m = markOf(l, e);
    expect(m.label.y + 2 * m.label.lineHeight).toBeLessThanOrEqual(l.plot.end);
    expect(m.label.lines.length).toBe(3);
    expect(m.label.y + m.label.height).toBeLessThanOrEqual(l.plot.end + m.label.lineHeight);
  });

  it('stops before the next label in the column', () => {
    // 14 days at 6 px a day: room for four lines, not five.
    const [a, b] = [event(LONG, '2025-06-01'), event(LONG, '2025-06-15')];
    const l = layout([a, b], 375, { ...options, maxLanes: 1 });
    const [ma, mb] = [markOf(l, a), markOf(l, b)];
    expect(ma.label.x).toBe(mb.label.x);
    expect(ma.label.lines.length).toBeGreaterThan(2);
    expect(ma.label.y + ma.label.height).toBeLessThanOrEqual(mb.label.y - GAP + 0.01);
  });
});

describe('the "Expected, no date" group', () => {
  const undated = [
    'North Korean officials are still proceeding as if another meeting will occur',
    'He will begin dialogues with the United States when conditions are met',
    'They are preparing for its own parade',
    'Kim Jong-un has the will for dialogue with the U.S. and will engage',
    'A fifth undated statement',
    'A sixth undated statement',
  ].map((label) => event(label, null, 'projected'));
  const events = [event('NIS briefs lawmakers', '2025-11-04'), ...undated];

  it.each([
    [320, 'horizontal'], [375, 'horizontal'], [760, 'horizontal'], [1400, 'horizontal'],
    [320, 'vertical'], [375, 'vertical'], [760, 'vertical'],
  ] as const)('stays inside %i px, %s, its labels on at most UNDATED_LINES lines', (width, orientation) => {
    const l = layout(events, width, { published, orientation });
    const group = l.marks.filter((m) => m.kind === 'cluster' ? m.id.startsWith('cluster-undated') : m.undated);
    expect(group.length).toBe(5); // four labels and "2 more"
    const heading = l.undatedGroup!;
    expect(heading.x + textWidth(heading.text, l.fontSize - 1, true)).toBeLessThanOrEqual(width);
    for (const m of group) {
      expect(m.label.x).toBeGreaterThanOrEqual(0);
      expect(m.label.x + m.label.width).toBeLessThanOrEqual(width);
      expect(m.label.lines.length).toBeLessThanOrEqual(UNDATED_LINES);
      expect(m.label.y + m.label.height).toBeLessThanOrEqual(l.height);
    }
    for (let i = 1; i < group.length; i++) expect(group[i].label.y).toBeGreaterThanOrEqual(group[i - 1].label.y + group[i - 1].label.height);
    // Where a line cannot hold a long label, the second line is used before anything is cut.
    if (width < 500) expect(group.some((m) => m.label.lines.length >= 2)).toBe(true);
  });
});
