// Issue 13: what the idiom rule (back-in-the-day.negative.test.ts) keeps: a day after an event
// that someone went back in. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2022-03-03';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value, 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('"back in" before a day that is named', () => {
  it('keeps "went back in the day after the flood"', () => {
    expect(datesOf('The storm hit on Monday. Residents went back in the day after the flood.', [['Monday', '2022-02-28'], ['the day after the flood', '2022-03-01']])).toContain('the day after the flood');
  });
});
