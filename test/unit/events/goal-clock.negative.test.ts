// What must NOT become an event: a goal timed by the game's clock ("the equaliser came at 12:41"),
// with no a.m. or p.m.: the clock of the match, not of the day. Sentences written for these tests;
// timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-02-02';
const datesOf = (text: string, timexes: [string, string, 'DATE' | 'TIME'][]) => buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type)), PUBLISHED).map((e) => e.when.text);

describe('a goal timed by the game clock is not dated', () => {
  it('drops the clock of a goal that "came at" it', () => {
    expect(datesOf('Lindqvist’s third goal of the winter came at 12:41.', [['12:41', '2025-02-02T12:41', 'TIME']])).toEqual([]);
  });
  it('drops a point of the clock named as its mark', () => {
    expect(datesOf('Okafor halved the deficit at the 11:48 mark of the third.', [['11:48', '2025-02-02T11:48', 'TIME']])).toEqual([]);
  });
});
