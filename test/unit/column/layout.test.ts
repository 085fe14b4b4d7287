import { describe, expect, it } from 'vitest';
import { columnLayout, type EntryRow, type Row } from '../../../src/lib/column';
import { ev } from './helpers';

const PUBLISHED = '2025-11-05';
const entries = (rows: Row[]) => rows.filter((r): r is EntryRow => r.kind === 'entry');

const story = [
  ev('bg', 'The tribe signed a treaty with the United States', 'past', '1851-01-01', '1851-12-31', 'year'),
  ev('a', 'Officials met in Seoul to discuss the summit', 'past', '2025-11-03'),
  ev('b', 'The president toured Asia', 'past', '2025-10-27', '2025-11-02', 'week'),
  ev('c', 'The two leaders are expected to meet', 'projected', '2026-03-01', '2026-03-31', 'month', { modality: 'expected' }),
  ev('d', 'The North is preparing a parade', 'projected', null),
  ev('e', 'A briefing was held the same day', 'past', '2025-11-03'),
];

describe('the story layout', () => {
  it('gives every event one entry, whose lines joined are its full label', () => {
    const l = columnLayout(story, 320, { published: PUBLISHED });
    const rows = entries(l.rows);
    expect(rows.map((r) => r.id).sort()).toEqual(story.map((e) => e.id).sort());
    for (const r of rows) expect(r.lines.join(' ')).toBe(r.event.label);
    expect(l.rows.some((r) => r.kind === 'fold')).toBe(false);
  });

  it('reads past events in time order, then the Published marker, then expected ones, then undated ones', () => {
    const l = columnLayout(story, 600, { published: PUBLISHED });
    const order = l.rows.filter((r) => r.kind === 'entry' || r.kind === 'published').map((r) => (r.kind === 'entry' ? r.id : 'PUBLISHED'));
    expect(order).toEqual(['bg', 'b', 'a', 'e', 'PUBLISHED', 'c', 'd']);
    expect(l.projectedTop).toBe(l.rows.find((r) => r.kind === 'published')!.y);
    expect(l.rows.find((r) => r.kind === 'undated')!.y).toBeLessThan(entries(l.rows).find((r) => r.id === 'd')!.y);
  });

  it('writes kickers in the house style, the year once, and no second kicker for the same date', () => {
    const l = columnLayout(story, 600, { published: PUBLISHED, style: 'ap' });
    const kicker = (id: string) => entries(l.rows).find((r) => r.id === id)!.kicker;
    expect(kicker('bg')).toBe('1851');
    expect(kicker('b')).toBe('Oct. 27-Nov. 2, 2025');
    expect(kicker('a')).toBe('Nov. 3');
    expect(kicker('e')).toBeNull();
    expect(kicker('c')).toBe('March 2026');
    expect(entries(l.rows).find((r) => r.id === 'c')!.detail).toBe('Expected');
    expect(l.rows.find((r) => r.kind === 'published')).toMatchObject({ text: 'Published Nov. 5, 2025' });
    const uk = columnLayout(story, 600, { published: PUBLISHED, style: 'uk' });
    expect(entries(uk.rows).find((r) => r.id === 'a')!.kicker).toBe('3 November');
  });

  it('writes the year again after a span across years, which does not say which year comes next', () => {
    const events = [
      ev('span', 'The stadium was planned and built', 'past', '1921-01-01', '1923-12-31', 'year'),
      ev('open', 'The stadium opened', 'past', '1923-05-01'),
      ev('game', 'The first game was played', 'past', '1923-10-06'),
      ev('week', 'A festival ran over the new year', 'past', '2024-12-28', '2025-01-03', 'day'),
      ev('after', 'The council counted the cost', 'past', '2025-01-08'),
    ];
    const rows = entries(columnLayout(events, 600, { published: PUBLISHED, style: 'ap' }).rows);
    expect(rows.map((r) => r.kicker)).toEqual(['1921-1923', 'May 1, 1923', 'Oct. 6', 'Dec. 28, 2024-Jan. 3, 2025', 'Jan. 8, 2025']);
  });

  it('writes a day once over its plain entries and once over the hedged ones, plain first', () => {
    const day = '2025-11-03';
    const hedged = (id: string, label: string, mod: string) => {
      const e = ev(id, label, 'past', day);
      return { ...e, when: { ...e.when, mod } };
    };
    const events = [
      ev('p1', 'The council voted on the budget', 'past', day),
      hedged('h1', 'Crews finished clearing the road', 'APPROX'),
      ev('p2', 'The mayor signed the order', 'past', day),
      hedged('h0', 'Residents were told to leave', 'ON_OR_BEFORE'),
    ];
    const rows = entries(columnLayout(events, 600, { published: PUBLISHED, style: 'ap' }).rows);
    expect(rows.map((r) => r.id)).toEqual(['h0', 'p1', 'p2', 'h1']);
    expect(rows.map((r) => r.kicker)).toEqual(['By Nov. 3, 2025', 'Nov. 3', null, 'About Nov. 3']);
  });

  it('cuts a quiet stretch and says how long it was', () => {
    const l = columnLayout(story, 600, { published: PUBLISHED });
    const breaks = l.rows.filter((r) => r.kind === 'break').map((r) => (r as { text: string }).text);
    expect(breaks).toContain('173 years later');
    expect(breaks).toContain('4 months later');
  });

  it('gives more room to a week between entries than to a day, and marks stretches of time as bands', () => {
    const near = columnLayout([ev('x', 'One', 'past', '2025-11-01'), ev('y', 'Two', 'past', '2025-11-02')], 600, { published: PUBLISHED });
    const far = columnLayout([ev('x', 'One', 'past', '2025-10-20'), ev('y', 'Two', 'past', '2025-11-02')], 600, { published: PUBLISHED });
    expect(entries(far.rows)[1].gap).toBeGreaterThan(entries(near.rows)[1].gap);
    expect(entries(columnLayout(story, 600, { published: PUBLISHED }).rows).find((r) => r.id === 'b')!.uncertain).toBe(true);
    expect(entries(near.rows)[0].uncertain).toBe(false);
  });

  it('stacks rows without overlap, and a longer story grows taller instead of clustering', () => {
    const many = Array.from({ length: 120 }, (_, i) => ev(`m${i}`, `Event number ${i} happened on a busy day for the story`, 'past', '2025-11-04'));
    const l = columnLayout(many, 375, { published: PUBLISHED });
    for (let i = 1; i < l.rows.length; i++) expect(l.rows[i].y).toBeGreaterThanOrEqual(l.rows[i - 1].y + l.rows[i - 1].height);
    expect(entries(l.rows)).toHaveLength(120);
    expect(l.height).toBeGreaterThan(columnLayout(many.slice(0, 10), 375, { published: PUBLISHED }).height * 8);
  });

  it('folds deep background behind one line only when asked, and opens it in place', () => {
    const folded = columnLayout(story, 600, { published: PUBLISHED, foldDays: 365, foldMin: 1 });
    expect(folded.rows[0]).toMatchObject({ kind: 'fold', text: 'Earlier: 1 event', ids: ['bg'] });
    expect(entries(folded.rows).map((r) => r.id)).not.toContain('bg');
    const open = columnLayout(story, 600, { published: PUBLISHED, foldDays: 365, foldMin: 1, unfolded: true });
    expect(entries(open.rows).map((r) => r.id)).toContain('bg');
  });

  it('refuses a width or a publication date it cannot use, in a sentence', () => {
    expect(() => columnLayout(story, 0, { published: PUBLISHED })).toThrow(/positive number/);
    expect(() => columnLayout(story, 300, { published: 'soon' })).toThrow(/valid publication date/);
  });
});
