// A fronted weekday is dated by the main clause's verb, past a relative clause set off by commas
// between the subject and its verb ("On Monday the mayor, who will stand again in May, opened
// the bridge"): the relative's future tells of the subject, not of the day.
// Sentences written for these tests; timexes handmade with the tagger's values.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const WEDNESDAY = '2024-05-15';
const dayOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], WEDNESDAY).find((e) => e.when.text?.includes(words))?.when.start;

describe('a fronted weekday takes the main verb, past a relative clause', () => {
  it('"On Monday the mayor, who will stand again in the autumn, opened the bridge" stays Monday gone', () => {
    expect(dayOf('On Monday the mayor, who will stand again in the autumn, opened the new footbridge.', 'Monday', '2024-05-13')).toBe('2024-05-13');
  });
  it('"On Sunday two climbers, who are expected to reach the summit soon, sent a message" stays Sunday gone', () => {
    expect(dayOf('On Sunday two climbers, who are expected to reach the summit within days, sent a message to the base camp.', 'Sunday', '2024-05-12')).toBe('2024-05-12');
  });
  it('"On Monday the mayor, who opened the footbridge last year, will open the tunnel": the relative\'s past does not hold the day back', () => {
    expect(dayOf('On Monday the mayor, who opened the footbridge last year, will open the new tunnel.', 'Monday', '2024-05-13')).toBe('2024-05-20');
  });
});
