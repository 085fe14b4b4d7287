import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { layout } from '../../../src/lib/layout';
import { textWidth } from '../../../src/lib/layout/textWidth';

// A week of a story on a phone: the axis names days, and its first tick carries the year.
const day = (id: string, label: string, start: string): TimelineEvent => ({
  id, label, status: 'past', when: { timex: start, start, end: start, granularity: 'day', text: null }, source: { start: 0, end: 0 },
});
const events = [
  day('a', 'Bombs went off on a crowded street', '2016-09-12'),
  day('b', 'Police named a suspect', '2016-09-15'),
  day('c', 'The suspect was arrested after a gunfight', '2016-09-19'),
];

describe('ticks beside a vertical axis on a phone', () => {
  const l = layout(events, 375, { published: '2016-09-19', orientation: 'vertical', dateStyle: 'ap' });
  const size = l.fontSize - 2;

  it('keep every tick inside the page, the year on a line of its own where a day and its year do not fit', () => {
    expect(l.ticks.length).toBeGreaterThan(1);
    for (const t of l.ticks) {
      expect(t.x - textWidth(t.text, size)).toBeGreaterThanOrEqual(0);
      if (t.year) expect(t.x - textWidth(t.year, size)).toBeGreaterThanOrEqual(0);
    }
    const stacked = l.ticks.filter((t) => t.year);
    expect(stacked.length).toBeGreaterThan(0);
    expect(stacked[0].year).toBe('2016');
    expect(stacked[0].text).not.toMatch(/2016/);
  });

  it('keep the next tick clear of a stacked year', () => {
    for (let i = 1; i < l.ticks.length; i++) {
      const gap = l.ticks[i].pos - l.ticks[i - 1].pos;
      const lines = l.ticks[i - 1].year ? 2 : 1;
      expect(gap).toBeGreaterThanOrEqual(lines * size);
    }
  });
});
