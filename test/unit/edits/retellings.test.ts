import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { withoutRetellings } from '../../../src/lib/edits';

const day = (d: string) => ({ timex: d, start: d, end: d, granularity: 'day' as const, text: 'on Friday' });
const told = (id: string, label: string, at: number, when = day('2031-06-13')): TimelineEvent => ({
  id, label, status: 'past', when, source: { start: at, end: at + 40 },
});

describe('a happening told twice in the same words is shown once', () => {
  it('keeps the first telling of a dek repeated as the opening sentence', () => {
    const dek = told('e1', 'The ferry operator’s board resigned', 0);
    const body = told('e2', "The ferry operator's board  resigned", 200);
    const other = told('e3', 'Passengers were stranded overnight', 260);
    expect(withoutRetellings([dek, body, other]).map((e) => e.id)).toEqual(['e1', 'e3']);
  });

  it('keeps a retelling three times over to one line', () => {
    const events = [0, 300, 9000].map((at, i) => told(`e${i}`, 'Council closes the harbour road', at));
    expect(withoutRetellings(events).map((e) => e.id)).toEqual(['e0']);
  });

  it('returns the same array when nothing repeats', () => {
    const events = [told('a', 'Strike begins', 0), told('b', 'Talks resume', 50)];
    expect(withoutRetellings(events)).toBe(events);
  });
});

describe('the shown list is stable', () => {
  it('gives the same array for the same events, so caches keyed by it stay warm', () => {
    const events = [told('a', 'Dock workers walk out', 0), told('b', 'Dock workers walk out', 90)];
    const first = withoutRetellings(events);
    expect(withoutRetellings(events)).toBe(first);
    expect(first.map((e) => e.id)).toEqual(['a']);
  });
});
