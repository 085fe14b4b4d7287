// What must NOT become an event: when an old figure a result is set against was made ("short of the 338-4 they scored in Sharjah in 1990"). Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2025-09-18';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => [e.when.text, e.when.start]);

describe('an old figure told with the clause that made it', () => {
  it('drops the year of the score a total fell short of', () => {
    expect(datesOf('The visitors finished on 301-6, just short of the 315-5 they made in Galle in 2004.', [['2004', '2004']])).toEqual([]);
  });
  it('drops the year of the tally a striker went past', () => {
    expect(datesOf('Okoye moved past the 41 goals Petrov netted in 1998.', [['1998', '1998']])).toEqual([]);
  });
});
