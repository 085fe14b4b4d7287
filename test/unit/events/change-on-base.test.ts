// What change-on-base.negative.test.ts's rule keeps. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('a day after "on" keeps its date', () => {
  it('keeps the day a change happened on', () => {
    expect(datesOf('Airline shares fell 4% on Tuesday.', [['Tuesday', '2025-09-16']])).toEqual([['Tuesday', '2025-09-16']]);
  });
  it('keeps a year a plan is agreed on with no change before it', () => {
    expect(datesOf('The council voted on the budget last year.', [['last year', '2024']])).toEqual([['last year', '2024-01-01']]);
  });
});
