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

describe('a length after "in", told of what is to come, placed that far ahead', () => {
  it('places "in about four months" in the month four months on', () => {
    expect(spansOf('The harbour master is due to step down in about four months.', 'about four months', 'P4M')).toEqual([['2024-09-01', '2024-09-30', 'projected']]);
  });
  it('places "in three weeks" in the week three weeks on', () => {
    expect(spansOf('The ferry will resume sailings in three weeks.', 'three weeks', 'P3W')).toEqual([['2024-06-03', '2024-06-09', 'projected']]);
  });
  it('places "in 12 days" on the day', () => {
    expect(spansOf('Voters will go to the polls in 12 days.', '12 days', 'P12D')).toEqual([['2024-05-27', '2024-05-27', 'projected']]);
  });
});

describe('years ahead, on a timetable or forecast, are placed in the year they land in', () => {
  it('places "is due to close in two years" in the year two years on', () => {
    expect(spansOf('The coal plant is due to close in two years.', 'two years', 'P2Y')).toEqual([['2026-01-01', '2026-12-31', 'projected']]);
  });
  it('places a forecast, "will shrink by half in 30 years", the same way (one rule reads both)', () => {
    expect(spansOf('The lake will shrink by half in 30 years, the hydrologists warn.', '30 years', 'P30Y')).toEqual([['2054-01-01', '2054-12-31', 'projected']]);
  });
  it('places a timetable told in decades, "is set to be phased out in two decades", twenty years on', () => {
    expect(spansOf('The diesel fleet is set to be phased out in two decades.', 'two decades', 'P2DE')).toEqual([['2044-01-01', '2044-12-31', 'projected']]);
  });
});

describe('a vague stretch ahead, told of what is to come, is a band from the day after writing', () => {
  const bandOf = (text: string, words: string) => buildEvents(text, [timexOf(text, words, 'FUTURE_REF')], PUBLISHED).map((e) => [e.when.start, e.when.end, e.status]);
  it('makes "in the coming weeks" the next four weeks', () => {
    expect(bandOf('The board will pick a new coach in the coming weeks.', 'the coming weeks')).toEqual([['2024-05-16', '2024-06-12', 'projected']]);
  });
  it('makes "over the coming days" the next ten days', () => {
    expect(bandOf('Crews will clear the fallen trees over the coming days.', 'the coming days')).toEqual([['2024-05-16', '2024-05-25', 'projected']]);
  });
});

describe('a length counted back after a happening, or a share of the length, keeps its span', () => {
  it('keeps "the floods of the last decade"', () => {
    expect(spansOf('Insurers are still paying for the floods of the last decade.', 'the last decade', 'P10Y')).toEqual([['2014-05-15', '2024-05-15', 'past']]);
  });
  it('keeps "much of the past decade"', () => {
    expect(spansOf('Unemployment has fallen for much of the past decade.', 'the past decade', 'P10Y')).toEqual([['2014-05-15', '2024-05-15', 'past']]);
  });
});

describe('a length and a half counted from the day of writing', () => {
  it('runs back eighteen months for "the last year and a half"', () => {
    expect(spansOf('Over the last year and a half, the council has rebuilt four bridges.', 'the last year and a half', 'P1.5Y')).toEqual([['2022-11-15', '2024-05-15', 'past']]);
  });
});

describe('a length after "in" with the present of a happening set in the calendar', () => {
  it('places "turns 21 in four days" on the day', () => {
    expect(spansOf('The winger, who turns 21 in four days, signed a new deal.', 'four days', 'P4D')).toEqual([['2024-05-19', '2024-05-19', 'projected']]);
  });
  it('places "takes effect in two weeks" in the week', () => {
    expect(spansOf('The smoking ban takes effect in two weeks.', 'two weeks', 'P2W')).toEqual([['2024-05-27', '2024-06-02', 'projected']]);
  });
});

describe('a present of the timetable before "in" and a count, read as the tagger reads it (futurate.ts)', () => {
  it('places "talks resume in two weeks" (a plain present after a plural subject) in the week', () => {
    expect(spansOf('Border talks resume in two weeks, the ministry said.', 'two weeks', 'P2W')).toEqual([['2024-05-27', '2024-06-02', 'projected']]);
  });
  it('places "the twins turn 18 in three days" on the day', () => {
    expect(spansOf('The twins turn 18 in three days and will vote for the first time.', 'three days', 'P3D')).toEqual([['2024-05-18', '2024-05-18', 'projected']]);
  });
});

