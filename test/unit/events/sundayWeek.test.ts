// A story written on a Sunday looks ahead with "this week": what is still to come is drawn in the
// week from Monday, not in the week that ends on the day of writing.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const SUNDAY = '2024-05-19';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], SUNDAY).map((e) => [e.status, e.when.start, e.when.end]);

describe('a Sunday story\'s "this week" for what is to come', () => {
  it('draws a trip that will be made this week in the week from Monday', () => {
    expect(daysOf('The trade envoy will fly to Geneva this week to reopen the grain talks.', 'this week', '2024-W20')).toEqual([['projected', '2024-05-20', '2024-05-26']]);
  });
  it('draws hearings the committee is to hold this week in the week from Monday', () => {
    expect(daysOf('The committee is expected to question the harbour master this week.', 'this week', '2024-W20')).toEqual([['projected', '2024-05-20', '2024-05-26']]);
  });
});
