// "The next week, ...", "The following Monday, ...": a date counted on from a moment the story
// told, read from the day of writing, lands ahead of it; with a plain past verb no reader puts it
// there. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';

describe('a date counted on from a moment told before, with a plain past verb', () => {
  it('is not drawn ahead of the day of writing for "the next week"', () => {
    const text = 'The next week, engineers found a crack in the hull and postponed the voyage.';
    expect(buildEvents(text, [timexOf(text, 'The next week', '2024-W21')], PUBLISHED)).toEqual([]);
  });
  it('is not drawn ahead of the day of writing for "the following Monday evening"', () => {
    const text = 'The following Monday evening, the senator deleted the post and apologised.';
    expect(buildEvents(text, [timexOf(text, 'The following Monday evening', '2024-05-20TEV', 'TIME')], PUBLISHED)).toEqual([]);
  });
});
