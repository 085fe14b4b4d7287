// A vague stretch back to the day of writing ("over the past few months", "in the last two or
// three years") or on from it ("in the days ahead", "in coming days" after a reported "would")
// is drawn as a band ending or starting at the day of writing. Sentences written for these
// tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const spansOf = (text: string, words: string, value: string, type: 'DATE' | 'DURATION' = 'DATE') =>
  buildEvents(text, [timexOf(text, words, value, type)], PUBLISHED).filter((e) => e.when.start).map((e) => [e.when.start, e.when.end, e.status]);

describe('a vague stretch back to the day of writing', () => {
  it('runs three months back for "over the past few months"', () => {
    expect(spansOf('The port authority has over the past few months repeatedly raised its mooring fees.', 'the past few months', 'PAST_REF')).toEqual([['2024-02-15', '2024-05-15', 'past']]);
  });
  it('runs four weeks back for "the last several weeks"', () => {
    expect(spansOf('Ferry crews have staged short walkouts over the last several weeks.', 'the last several weeks', 'PAST_REF')).toEqual([['2024-04-17', '2024-05-15', 'past']]);
  });
  it('runs back the larger count for "the last two or three years", the tagger leaving "the last" out', () => {
    expect(spansOf('In the last two or three years, anglers began to notice the missing trout.', 'two or three years', 'PXY', 'DURATION')).toEqual([['2021-05-15', '2024-05-15', 'past']]);
  });
});

describe('a vague count of years ago', () => {
  it('runs "several years ago" from nine to three years back', () => {
    expect(spansOf('The baker moved his shop to the harbour several years ago after a fire.', 'several years ago', '202X')).toEqual([['2015-01-01', '2021-12-31', 'past']]);
  });
  it('runs "a few years ago" from five to two years back', () => {
    expect(spansOf('The old ferry sank in a storm just a few years ago.', 'a few years ago', '202X')).toEqual([['2019-01-01', '2022-12-31', 'past']]);
  });
});

describe('a year’s first months, the wire’s running total', () => {
  it('runs "the first three months of the year" from January to March of the year of writing', () => {
    expect(spansOf('Timber exports in the first three months of the year rose 12 pct to 400 mln crowns.', 'the first three months of the year', 'P3M', 'DURATION')).toEqual([['2024-01-01', '2024-03-31', 'past']]);
  });
  it('reads the year named, also where the period stands in the subject', () => {
    expect(spansOf('The trade gap in the first four months of 2023 was the widest in a decade.', 'the first four months of 2023', 'P4M', 'DURATION')).toEqual([['2023-01-01', '2023-04-30', 'past']]);
  });
});

describe('a vague stretch ahead of the day of writing', () => {
  it('runs ten days on for "in the days ahead" after "might"', () => {
    expect(spansOf('A port official said the council might close the north pier in the days ahead.', 'the days ahead', 'FUTURE_REF')).toEqual([['2024-05-16', '2024-05-25', 'projected']]);
  });
  it('reads a reported "would" after "noted"', () => {
    expect(spansOf('She noted that the harbour master would meet the fishermen in coming days during a tour of the coast.', 'coming days', 'FUTURE_REF')).toEqual([['2024-05-16', '2024-05-25', 'projected']]);
  });
  it('reads "will" more than a line before the stretch', () => {
    const text = 'For readers who like a sweeter breakfast, the bakery will be adding cinnamon buns, almond croissants, lemon tarts, pear danishes, poppy-seed rolls and more in the coming weeks.';
    expect(spansOf(text, 'the coming weeks', 'FUTURE_REF')).toEqual([['2024-05-16', '2024-06-12', 'projected']]);
  });
  it('runs three years on for "over the next several years"', () => {
    expect(spansOf('The rest of the grant will be paid out over the next several years.', 'the next several years', 'FUTURE_REF')).toEqual([['2024-05-16', '2027-05-15', 'projected']]);
  });
});

describe('a count of years ahead, told of what is to come', () => {
  it('places "could ... in ten years" in the year it lands in', () => {
    expect(spansOf('The tidal barrage could power the whole county in ten years.', 'ten years', 'P10Y', 'DURATION')).toEqual([['2034-01-01', '2034-12-31', 'projected']]);
  });
  it('places "are expected to run out in some 20 years"', () => {
    expect(spansOf('The quarry’s limestone beds are expected to run out in some 20 years.', 'some 20 years', 'P20Y', 'DURATION')).toEqual([['2044-01-01', '2044-12-31', 'projected']]);
  });
  it('reads "in two to four years" as the band between the counts', () => {
    expect(spansOf('Engineers say electric ferries will cross the sound in two to four years.', 'two', 'P2Y', 'DURATION')).toEqual([['2026-05-15', '2028-05-15', 'projected']]);
  });
  it('reads a reported "in two or three days" as the band between the counts', () => {
    expect(spansOf('The skipper told reporters the trawler would be able to sail again in two or three days.', 'two or three days', 'PXD', 'DURATION')).toEqual([['2024-05-17', '2024-05-18', 'projected']]);
  });
  it('reads "in four to six weeks" after a reported "would", the far count its own timex', () => {
    const text = 'The engineer said the new pier would be finished in four to six weeks.';
    const events = buildEvents(text, [timexOf(text, 'four', 'P4W', 'DURATION'), timexOf(text, 'six weeks', 'P6W', 'DURATION')], PUBLISHED).filter((e) => e.when.start);
    expect(events.map((e) => [e.when.start, e.when.end, e.status, e.when.text])).toEqual([['2024-06-12', '2024-06-26', 'projected', 'four to six weeks']]);
  });
  it('reads "in two or three months" after "expects"', () => {
    expect(spansOf('The harbour master expects the dredging to be done in two or three months.', 'two or three months', 'PXM', 'DURATION')).toEqual([['2024-07-15', '2024-08-15', 'projected']]);
  });
  it('reads "within two years" as a band from the day after writing', () => {
    expect(spansOf('The fleet could double within two years, the harbour board estimates.', 'two years', 'P2Y', 'DURATION')).toEqual([['2024-05-16', '2026-05-15', 'projected']]);
  });
  it('reads a fronted count before a future: "In 40 days, the polls will open"', () => {
    expect(spansOf('In just 40 days, the polls will open across the islands.', '40 days', 'P40D', 'DURATION')).toEqual([['2024-06-24', '2024-06-24', 'projected']]);
  });
});
