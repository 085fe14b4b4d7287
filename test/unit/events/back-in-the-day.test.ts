// Issue 13: what the idiom rule (back-in-the-day.negative.test.ts) keeps: a day after an event
// that someone went back in. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2022-03-03';
const datesOf = dateWordsWith(PUBLISHED);

describe('"back in" before a day that is named', () => {
  it('keeps "went back in the day after the flood"', () => {
    expect(datesOf('The storm hit on Monday. Residents went back in the day after the flood.', [['Monday', '2022-02-28'], ['the day after the flood', '2022-03-01']])).toContain('the day after the flood');
  });
});
