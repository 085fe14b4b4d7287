// A story with its background far back — a partition, a ban, a law decades ago — and its news
// this month condenses its axis with breaks close together; their lengths must not print over
// each other.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { layout } from '../../../src/lib/layout';
import { textWidth } from '../../../src/lib/layout/textWidth';

const published = '2031-05-07';
const at = (id: string, label: string, day: string, granularity: 'day' | 'year' = 'day'): TimelineEvent => ({
  id, label, status: 'past',
  when: granularity === 'year'
    ? { timex: day.slice(0, 4), start: `${day.slice(0, 4)}-01-01`, end: `${day.slice(0, 4)}-12-31`, granularity, text: day.slice(0, 4) }
    : { timex: day, start: day, end: day, granularity, text: null },
  source: { start: 0, end: 10 },
});
const since: TimelineEvent = {
  id: 's', label: 'The valley has been divided', status: 'past',
  when: { timex: '1958', start: '1958-01-01', end: published, granularity: 'year', text: 'since 1958' },
  source: { start: 0, end: 10 },
};
// Shaped as a real page's: a state since decades ago, two background years, a month of
// background, and the news of the last fortnight, most of it on the day of publication.
const events = [
  since,
  at('b', 'The party was banned', '2008', 'year'),
  at('c', 'The camps were closed', '2019', 'year'),
  ...Array.from({ length: 5 }, (_, i) => ({ ...at(`m${i}`, `Background ${i + 1} of the month`, '2031-04-01'), when: { timex: '2031-04', start: '2031-04-01', end: '2031-04-30', granularity: 'month' as const, text: 'last month' } })),
  at('d1', 'Gunmen attacked a bus', '2031-04-22'),
  at('d2', 'Envoys were recalled', '2031-04-29'),
  at('d3', 'Drills were announced', '2031-05-05'),
  ...Array.from({ length: 16 }, (_, i) => at(`n${i}`, `Strike number ${i + 1} hit the border`, published)),
];

describe('the lengths of breaks close together', () => {
  for (const width of [640, 900, 1280]) {
    it(`do not overlap on a ${width} px horizontal axis, and the longest cut keeps its words`, () => {
      const l = layout(events, width, { published, orientation: 'horizontal', timeScale: 'condensed' });
      const said = l.breaks.filter((b) => b.text);
      expect(l.breaks.length).toBeGreaterThanOrEqual(2);
      const longest = [...l.breaks].sort((a, b) => b.toDay - b.fromDay - (a.toDay - a.fromDay))[0];
      expect(longest.text).not.toBe('');
      const boxes = said.map((b) => [b.tx - textWidth(b.text, l.fontSize - 2) / 2, b.tx + textWidth(b.text, l.fontSize - 2) / 2]).sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThan(boxes[i - 1][1]);
    });
  }

  it('do not overlap on a vertical phone axis either', () => {
    const l = layout(events, 375, { published, orientation: 'vertical', timeScale: 'condensed' });
    const ys = l.breaks.filter((b) => b.text).map((b) => b.ty).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(l.fontSize - 2);
  });
});
