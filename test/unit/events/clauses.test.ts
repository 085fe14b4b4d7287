import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

describe('a sentence with two dates is cut between its clauses', () => {
  it('does not cut right after a fronted date, leaving it alone', () => {
    const text = 'On Friday, bus drivers in the capital walked off the job, and fares rose to levels not seen since 2009.';
    const events = buildEvents(text, [timexOf(text, 'Friday', '2024-05-10'), timexOf(text, '2009', '2009')], '2024-05-15');
    expect(events.map((e) => [e.when.text, e.label])).toEqual([['Friday', 'Bus drivers in the capital walked off the job']]);
  });
});
