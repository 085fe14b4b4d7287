// What must NOT become an event: the frame of a ranking among others ("one of our best games this year"). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a ranking among others of a period dates nothing', () => {
  it('drops this year after one of our best', () => {
    expect(datesOf('We played one of our sharpest halves this year.', [['this year', '2025']])).toEqual([]);
  });
  it('drops this season after among the wettest', () => {
    expect(datesOf('It was among the wettest harvests this season, growers said.', [['this season', '2025']])).toEqual([]);
  });
});
