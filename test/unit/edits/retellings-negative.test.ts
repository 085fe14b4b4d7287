import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { withoutRetellings } from '../../../src/lib/edits';

const day = (d: string, granularity: 'day' | 'month' = 'day') => ({ timex: d, start: `${d.slice(0, 7)}-01`, end: d.length > 7 ? d : `${d}-30`, granularity, text: null });
const base: TimelineEvent = {
  id: 'x', label: 'The mill reopens', status: 'projected', when: day('2031-09-02'), source: { start: 0, end: 30 },
};

describe('events that only look alike stay apart', () => {
  it('the same words on another day are another happening', () => {
    const again = { ...base, id: 'y', when: day('2031-09-09') };
    expect(withoutRetellings([base, again])).toHaveLength(2);
  });

  it('the same day in a coarser date is kept', () => {
    const month = { ...base, id: 'y', when: day('2031-09', 'month') };
    expect(withoutRetellings([base, month])).toHaveLength(2);
  });

  it('what was planned and what did not happen are both shown', () => {
    const called = { ...base, id: 'y', modality: 'did-not-happen' as const };
    expect(withoutRetellings([base, called])).toHaveLength(2);
  });

  it('a past telling and a projected one are both shown', () => {
    const past = { ...base, id: 'y', status: 'past' as const };
    expect(withoutRetellings([base, past])).toHaveLength(2);
  });

  it('undated expectations with different words are both shown', () => {
    const undated = { timex: null, start: null, end: null, granularity: null, text: null };
    const a = { ...base, when: undated };
    const b = { ...base, id: 'y', label: 'The mill hires again', when: undated };
    expect(withoutRetellings([a, b])).toHaveLength(2);
  });
});
