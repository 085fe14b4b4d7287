import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/lib/document';
import { NO_EDITS, mergeEdits, mergeEvents, splitEvent } from '../../../src/lib/edits';

const TEXT = 'The dam failed on Monday. Rescuers reached the valley on Tuesday.';
const one: TimelineEvent = {
  id: 'story-2024-03-04-1', label: 'The dam failed', status: 'past',
  when: { timex: '2024-03-04', start: '2024-03-04', end: '2024-03-04', granularity: 'day', text: null },
  source: { start: 0, end: 25 }, sources: [{ start: 0, end: 25 }],
};

describe('merge and split that must not change anything', () => {
  it('merging an entry with itself is no edit', () => {
    expect(mergeEvents(NO_EDITS, one, one, TEXT)).toBe(NO_EDITS);
  });

  it('splitting an entry of one sentence is no edit and makes no entry', () => {
    const split = splitEvent(NO_EDITS, one, TEXT, []);
    expect(split.edits).toBe(NO_EDITS);
    expect(split.ids).toEqual([one.id]);
  });

  it('a sentence listed twice does not become two entries', () => {
    const twice = { ...one, sources: [one.source, { ...one.source }] };
    const split = splitEvent(NO_EDITS, twice, TEXT, []);
    expect(split.ids).toEqual([one.id]);
  });

  it('merging does not duplicate a sentence both entries share', () => {
    const other = { ...one, id: 'story-2024-03-05-1', label: 'Another' };
    const shown = mergeEdits([one, other], mergeEvents(NO_EDITS, one, other, TEXT), TEXT);
    expect(shown).toHaveLength(1);
    expect(shown[0].sources).toEqual([one.source]);
  });
});
