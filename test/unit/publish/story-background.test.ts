import { describe, expect, it } from 'vitest';
import type { NewslineDocument } from '../../../src/lib/document';
import { storyExportSvg } from '../../../src/lib/publish/story-export';

const TEXT = 'The mayor, who was elected in 2014, closed the bridge on Monday.';
const doc: NewslineDocument = {
  version: 1,
  article: { title: 'Bridge closed', published: '2025-11-05', url: null, publisher: null },
  text: TEXT,
  timexes: [],
  events: [
    { id: 'news', label: 'The mayor closed the bridge', status: 'past', when: { timex: '2025-11-03', start: '2025-11-03', end: '2025-11-03', granularity: 'day', text: 'on Monday' }, source: { start: 0, end: TEXT.length } },
    { id: 'context', label: 'The mayor was elected', status: 'past', prominence: 'background', when: { timex: '2014', start: '2014-01-01', end: '2014-12-31', granularity: 'year', text: 'in 2014' }, source: { start: 0, end: TEXT.length } },
  ],
};

describe('a background event in the story picture', () => {
  const svg = storyExportSvg(doc);
  const labelOf = (id: string) => new RegExp(`<text data-label-for="${id}"[^>]*>`).exec(svg)![0];

  it('is marked as background and drawn in the muted ink at a plain weight', () => {
    expect(svg).toMatch(/<g data-event-id="context"[^>]*data-prominence="background"/);
    expect(labelOf('context')).toMatch(/font-weight="400"/);
    expect(labelOf('news')).toMatch(/font-weight="500"/);
    const fill = (tag: string) => /fill="([^"]+)"/.exec(tag)![1];
    expect(fill(labelOf('context'))).not.toBe(fill(labelOf('news')));
  });

  it('leaves the news unmarked', () => {
    expect(svg).not.toMatch(/<g data-event-id="news"[^>]*data-prominence/);
  });
});
