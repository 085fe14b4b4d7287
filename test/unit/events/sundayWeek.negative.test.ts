// What a Sunday's look ahead must leave alone: what is done "this week", and "this week" on any
// other day of the week.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const daysOf = (text: string, words: string, value: string, published: string) =>
  buildEvents(text, [timexOf(text, words, value)], published).map((e) => [e.status, e.when.start, e.when.end]);

describe('"this week" that stays in the week of writing', () => {
  it('keeps what was reported this week, in a Sunday story, in the week ending that Sunday', () => {
    expect(daysOf('Rangers reported this week that two wolves had crossed the river.', 'this week', '2024-W20', '2024-05-19')).toEqual([['past', '2024-05-13', '2024-05-19']]);
  });
  it('keeps a trip still to come, in a Wednesday story, in the week of writing', () => {
    expect(daysOf('The trade envoy will fly to Geneva this week to reopen the grain talks.', 'this week', '2024-W20', '2024-05-15')).toEqual([['projected', '2024-05-13', '2024-05-19']]);
  });
});
