import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

const ARTICLE =
  'SEOUL, Nov. 5 -- The spy agency briefed lawmakers on Tuesday.\n' +
  'Joint drills will be held in March, and a summit could follow. ' +
  'Officials met last week, three days after the vote, and will meet again on Friday at 10 a.m.\n\n' +
  'Exports rose 4.2% in the third quarter, the best since the 1990s.';

describe('tagTimexes: the interface other stages rely on', () => {
  const timexes = tagTimexes(ARTICLE, '2025-11-05');

  it('returns spans sorted by start that never overlap', () => {
    for (let i = 1; i < timexes.length; i++) expect(timexes[i].start).toBeGreaterThanOrEqual(timexes[i - 1].end);
  });

  it("gives each span's text exactly as the slice of the article at its offsets", () => {
    for (const t of timexes) expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
  });

  it('finds the dated expressions of a short article', () => {
    expect(timexes.map((t) => [t.text, t.value])).toEqual([
      ['Nov. 5', '2025-11-05'],
      ['Tuesday', '2025-11-04'],
      ['March', '2026-03'],
      ['last week', '2025-W44'],
      ['three days', 'P3D'],
      ['Friday at 10 a.m.', '2025-11-07T10:00'],
      ['the third quarter', '2025-Q3'],
      ['the 1990s', '199'],
    ]);
  });

  it('leaves no internal placeholder in a value', () => {
    const story = 'Talks opened on Monday. Two days later they failed, and the next morning the envoy left. The index ended the day lower.';
    for (const t of tagTimexes(story, '2025-11-05')) expect(t.value).not.toMatch(/ANCHOR/);
  });

  it('accepts a publication date with a time of day', () => {
    expect(tagTimexes('It rained yesterday.', '2025-11-05T08:30')[0].value).toBe('2025-11-04');
  });

  it('throws a sentence naming an invalid publication date', () => {
    expect(() => tagTimexes('It rained yesterday.', '2025-13-40')).toThrow('invalid publication date: 2025-13-40');
  });

  it('gives nothing for an empty article', () => {
    expect(tagTimexes('', '2025-11-05')).toEqual([]);
  });
});
