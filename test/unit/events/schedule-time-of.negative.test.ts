// A clock a happening is told at keeps its time. Sentences written for these tests; timexes
// handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2018-10-02';
const datesOf = (text: string, timexes: [string, string, ('DATE' | 'TIME')?][]) => buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a clock told as when something happened keeps its time', () => {
  it('keeps a kick-off told with "at"', () => {
    const text = 'The derby kicked off at 8pm in driving rain.';
    expect(datesOf(text, [['8pm', '2018-10-01T20:00', 'TIME']])).toEqual(['8pm']);
  });
  it('keeps the time a race started', () => {
    const text = 'The race started at 6:30 a.m. under clear skies.';
    expect(datesOf(text, [['6:30 a.m.', '2018-09-30T06:30', 'TIME']])).toEqual(['6:30 a.m.']);
  });
});
