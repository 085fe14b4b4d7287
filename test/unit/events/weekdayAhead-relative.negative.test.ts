// What the main-clause reading (weekdayAhead-relative.test.ts) leaves alone: a main clause that is
// itself a future moves the weekday ahead, whatever the relative clause says; a relative clause
// with no comma before it (a restrictive one) is not passed over, as before.
// Sentences written for these tests; timexes handmade with the tagger's values.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const WEDNESDAY = '2024-05-15';
const dayOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], WEDNESDAY).find((e) => e.when.text?.includes(words))?.when.start;

describe('a fronted weekday whose main clause looks ahead', () => {
  it('"On Monday the mayor, who is a keen cyclist, will open the tunnel" moves to the coming Monday', () => {
    expect(dayOf('On Monday the mayor, who is a keen cyclist, will open the new tunnel.', 'Monday', '2024-05-13')).toBe('2024-05-20');
  });
  it('a relative clause with no comma before it is not passed over: "On Monday the crews who will paint the hall arrive"', () => {
    expect(dayOf('On Monday the crews who will paint the hall arrive in town.', 'Monday', '2024-05-13')).toBe('2024-05-20');
  });
});
