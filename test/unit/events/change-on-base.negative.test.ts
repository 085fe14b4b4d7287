// What must NOT become an event: the base period a change is set "on" ("a 93% rise on the previous year", "up 12 per cent on last year"). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a change set on its base period dates nothing then', () => {
  it('drops the previous year after a rise on it', () => {
    expect(datesOf('The brewery reported takings of 4.2 million pounds, a 31% rise on the previous year.', [['the previous year', '2024']])).toEqual([]);
  });
  it('drops last year after a share up on it', () => {
    expect(datesOf('Cinema admissions were up 8 per cent on last year.', [['last year', '2024']])).toEqual([]);
  });
  it('drops a bare year a fall is set on', () => {
    expect(datesOf('Wool exports fell 6pc on 2023.', [['2023', '2023']])).toEqual([]);
  });
});
