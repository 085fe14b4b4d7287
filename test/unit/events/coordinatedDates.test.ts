import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

// Two dates joined by "and" with a phrase, not a clause, after the second are the one clause's
// dates: the second is not a clause of its own labelled by the phrase after it. Sentences are
// written for these tests.
const PUBLISHED = '2024-05-15';

describe('two dates coordinated in one clause', () => {
  it('two running months before a place are one span of the clause', () => {
    const text = 'The fever spread fastest in February and March across the northern provinces.';
    const events = buildEvents(text, [timexOf(text, 'February', '2024-02'), timexOf(text, 'March', '2024-03')], PUBLISHED);
    expect(events.map((e) => [e.when.text, e.label])).toEqual([['February and March', 'The fever spread fastest across the northern provinces']]);
  });
  it('two days apart before a place each take the clause', () => {
    const text = 'The inspectors visited the dam on Monday and Friday near the border.';
    const events = buildEvents(text, [timexOf(text, 'Monday', '2024-05-13'), timexOf(text, 'Friday', '2024-05-10')], PUBLISHED);
    expect(events.map((e) => e.label)).toEqual(['The inspectors visited the dam near the border', 'The inspectors visited the dam near the border']);
  });
});
