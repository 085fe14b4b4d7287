// What must NOT become an event: a counted length that is a yardstick, anchored elsewhere, or
// only says which things a noun phrase counts. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datedOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value, 'DURATION')], PUBLISHED).filter((e) => e.when.start);

describe('a counted length that dates nothing', () => {
  it('drops a yardstick: the third to resign in the past month', () => {
    expect(datedOf('Okafor is the third harbour commissioner to resign from the board in the past month.', 'the past month', 'P1M')).toEqual([]);
  });
  it('drops a length anchored to something else: the last two days of the trial', () => {
    expect(datedOf('The jury heard from the pilot during the last two days of the trial.', 'the last two days', 'P2D')).toEqual([]);
  });
  it('drops a length inside the subject: payouts over the next 40 years reach $2 billion', () => {
    expect(datedOf('The fund is open-ended, and estimates for pensions over the next 40 years reach $2 billion.', 'the next 40 years', 'P40Y')).toEqual([]);
  });
  it('drops a plain length that is not counted from now', () => {
    expect(datedOf('The strike lasted six years.', 'six years', 'P6Y')).toEqual([]);
  });
});

describe('a count since a happening inside its sentence dates nothing on its own', () => {
  it('gives no event for “It has been a year since”, where the label would lose its words', () => {
    const text = 'It has been a year since the ferry sank off the cape.';
    expect(buildEvents(text, [timexOf(text, 'a year', 'P1Y', 'DURATION')], '2024-05-15').filter((e) => e.when.start)).toEqual([]);
  });
  it('gives no event for a count since a year', () => {
    const text = 'Twelve years since 2012 the tunnel still has no trains.';
    expect(buildEvents(text, [timexOf(text, 'Twelve years', 'P12Y', 'DURATION')], '2024-05-15').filter((e) => e.when.start)).toEqual([]);
  });
});

describe('a length after "in" that measures a doing is not placed', () => {
  it('places nothing for how long a past rebuilding took', () => {
    expect(datedOf('The library was rebuilt in two years after the fire.', 'two years', 'P2Y')).toEqual([]);
  });
  it('places nothing for a bound ("within") counted from another happening', () => {
    expect(datedOf('The new line will open within three years of the merger.', 'three years', 'P3Y')).toEqual([]);
  });
});

describe('years ahead told as a yardstick are not placed', () => {
  it('places nothing for "the first ... in eight years" after a "will"', () => {
    expect(datedOf('Traders bet the rise will end the first drought in eight years.', 'eight years', 'P8Y')).toEqual([]);
  });
});

describe('"the coming days" told from a past moment, or felt, is no band from now', () => {
  const datedBand = (text: string, words: string) => buildEvents(text, [timexOf(text, words, 'FUTURE_REF')], PUBLISHED).filter((e) => e.when.start);
  it('places nothing for a past narrative’s "would"', () => {
    expect(datedBand('Over the coming days, more tenants would come forward with complaints.', 'the coming days')).toEqual([]);
  });
  it('places nothing for a feeling about the days ahead', () => {
    expect(datedBand('Worry about the coming weeks is growing among growers.', 'the coming weeks')).toEqual([]);
  });
});

describe('a length counted back that says which thing a noun is dates nothing', () => {
  it('drops "the zoning rules of the past decade"', () => {
    expect(datedOf('Planners want to move away from the zoning rules of the past decade.', 'the past decade', 'P10Y')).toEqual([]);
  });
});

describe('a length after "in" with a past verb is not placed ahead', () => {
  it('places nothing for "the stall opened in three days" (how long it took)', () => {
    expect(datedOf('The market stall opened in three days after the flood.', 'three days', 'P3D')).toEqual([]);
  });
});

describe('a present that is no timetable before "in" and a count is not placed ahead', () => {
  it('places nothing for "prices turn lower in two weeks" ("turn" is a timetable only before an age)', () => {
    expect(datedOf('In most years prices turn lower in two weeks of the harvest.', 'two weeks', 'P2W')).toEqual([]);
  });
});

