// A clock named as a schedule's time "of": what the time is set at. Sentences written for these
// tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2018-10-02';
const datesOf = (text: string, timexes: [string, string, ('DATE' | 'TIME')?][]) => buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a schedule\u2019s time named with "of" dates no event', () => {
  it('drops the start time runners arrived ahead of', () => {
    const text = 'Most runners reached the pier well before the official start time of 6:30 a.m. on Sunday.';
    expect(datesOf(text, [['6:30 a.m.', '2018-09-30T06:30', 'TIME'], ['Sunday', '2018-09-30']])).toEqual(['Sunday']);
  });
  it('drops a kick-off time a league moved', () => {
    const text = 'The league moved the derby on Monday to a kick-off time of 8pm.';
    expect(datesOf(text, [['Monday', '2018-10-01'], ['8pm', '2018-10-01T20:00', 'TIME']])).toEqual(['Monday']);
  });
});
