import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

// A second date followed by a clause of its own stays a clause of its own. Sentence written for the test.
const PUBLISHED = '2024-05-15';

describe('a date after "and" that opens a clause', () => {
  it('keeps "and the union voted to strike" as the second date’s clause', () => {
    const text = 'Talks broke down on Monday and on Friday the union voted to strike.';
    const events = buildEvents(text, [timexOf(text, 'Monday', '2024-05-13'), timexOf(text, 'Friday', '2024-05-10')], PUBLISHED);
    expect(events.map((e) => e.label).sort()).toEqual(['Talks broke down', 'The union voted to strike']);
  });
});
