// A length counted from the day of writing dates what went on up to now or goes on from now.
// Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const spansOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value, 'DURATION')], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.when.end, e.status]);

describe('a length counted from the day of writing', () => {
  it('runs back to the day of writing for "the past N years"', () => {
    expect(spansOf('The ferry operator has lost money for the past six years.', 'the past six years', 'P6Y')).toEqual([['2018-05-15', '2024-05-15', 'past']]);
  });
  it('runs back a few days for "the last two days"', () => {
    expect(spansOf('Hundreds of anglers have crowded the pier in the last two days.', 'the last two days', 'P2D')).toEqual([['2024-05-13', '2024-05-15', 'past']]);
  });
  it('runs ahead for "the next three years", even after "growth over"', () => {
    expect(spansOf('The port expects steady growth over the next three years.', 'the next three years', 'P3Y')).toEqual([['2024-05-15', '2027-05-15', 'projected']]);
  });
});

describe('a count of years since a happening, opening its sentence', () => {
  it('dates the happening that far before the day of writing', () => {
    expect(spansOf('Twelve years since voters approved the tunnel, its first trains run this summer.', 'Twelve years', 'P12Y')).toEqual([['2012-01-01', '2012-12-31', 'past']]);
  });
  it('dates a count of months at the month’s grain', () => {
    expect(spansOf('Six months since the ferry sank, divers are still searching the wreck.', 'Six months', 'P6M')).toEqual([['2023-11-01', '2023-11-30', 'past']]);
  });
});

describe('a figure bounded by "at least" over a counted span', () => {
  it('keeps the span: "at least" is no superlative', () => {
    expect(spansOf('The state paid the contractor at least $40 million over the past three years.', 'the past three years', 'P3Y')).toEqual([['2021-05-15', '2024-05-15', 'past']]);
  });
});
