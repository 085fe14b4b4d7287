// What a vague stretch must NOT date: years told without a count (a trend or an era), a stretch
// ahead in a story told in the past, a stretch ahead with nothing to come. Sentences written for
// these tests; timexes handmade. Nor a count of years that is no forecast: a past length, a
// yardstick, a count with nothing to come.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datedOf = (text: string, words: string, value: string, type: 'DATE' | 'DURATION' = 'DATE') => buildEvents(text, [timexOf(text, words, value, type)], PUBLISHED).filter((e) => e.when.start);

describe('a vague stretch that dates nothing', () => {
  it('leaves "several years earlier" alone: counted from the story’s moment', () => {
    expect(datedOf('The baker had moved his shop to the harbour several years earlier.', 'several years earlier', '202X')).toEqual([]);
  });
  it('leaves a fiscal year’s first days alone: "the first 50 days of fiscal 2025"', () => {
    expect(datedOf('The stopgap budget for the first 50 days of fiscal 2025 was approved.', 'the first 50 days', 'P50D', 'DURATION')).toEqual([]);
  });
  it('leaves "the first two months" of no year named alone: a length of the project', () => {
    expect(datedOf('The first two months of the dig turned up nothing.', 'The first two months', 'P2M', 'DURATION')).toEqual([]);
  });
  it('leaves a pair of counts from another happening alone: "within 30 to 60 days of a claim"', () => {
    const text = 'The fund said it would pay within 30 to 60 days of a claim being filed.';
    expect(buildEvents(text, [timexOf(text, '30', 'P30D', 'DURATION'), timexOf(text, '60 days', 'P60D', 'DURATION')], PUBLISHED).filter((e) => e.when.start)).toEqual([]);
  });
  it('leaves a pair of counts told of the past alone: "lasted two or three days"', () => {
    expect(datedOf('The repairs to the pier lasted two or three days.', 'two or three days', 'PXD', 'DURATION')).toEqual([]);
  });
  it('leaves a pair of counts with nothing to come alone: "finished in two or three weeks"', () => {
    expect(datedOf('Last spring the crew finished the pier in two or three weeks.', 'two or three weeks', 'PXW', 'DURATION')).toEqual([]);
  });
  it('leaves "in recent years" alone: a trend', () => {
    expect(datedOf('The town has struggled with empty shops in recent years.', 'recent years', 'PAST_REF')).toEqual([]);
  });
  it('leaves "the past few years" alone: an era', () => {
    expect(datedOf('Crime in the valley has fallen steadily in the past few years.', 'the past few years', 'PAST_REF')).toEqual([]);
  });
  it('leaves a narrative’s "would" alone: "over the coming days, more boats would sink"', () => {
    expect(datedOf('The storm broke in March, and over the coming days more fishing boats would sink in the bay.', 'the coming days', 'FUTURE_REF')).toEqual([]);
  });
  it('leaves a stretch ahead with nothing to come alone', () => {
    expect(datedOf('Worry about the coming weeks runs high among the dockers.', 'the coming weeks', 'FUTURE_REF')).toEqual([]);
  });
});

describe('a count of alternatives after the verb "last"', () => {
  it('leaves "will last two or three days" alone: a length, not a stretch back', () => {
    const text = 'The inquiry, which opened today, will probably last two or three days.';
    expect(buildEvents(text, [timexOf(text, 'two or three days', 'PXD', 'DURATION')], PUBLISHED).filter((e) => e.when.text === 'two or three days')).toEqual([]);
  });
});

describe('a count of years that is no forecast', () => {
  it('leaves a past length alone: "shed 40 kilos in two years"', () => {
    expect(datedOf('The skipper shed 40 kilos in two years and took up rowing.', 'two years', 'P2Y', 'DURATION')).toEqual([]);
  });
  it('leaves a yardstick alone: "the first strike in nine years"', () => {
    expect(datedOf('Dockers will stage the first strike in nine years at the port.', 'nine years', 'P9Y', 'DURATION')).toEqual([]);
  });
  it('leaves a count of years with nothing to come alone', () => {
    expect(datedOf('Rents in the old town doubled in five years, the council found.', 'five years', 'P5Y', 'DURATION')).toEqual([]);
  });
});

describe('a count of years whose future is another clause’s', () => {
  it('leaves "holding out hope for a surplus in six years" alone after "Our aim is to ..., he said"', () => {
    const text = '“Our aim is to end the slump,” the minister said, holding out hope for a surplus in six years.';
    expect(datedOf(text, 'six years', 'P6Y', 'DURATION')).toEqual([]);
  });
});

describe('a count of years asked about, or listed as rhetoric', () => {
  it('leaves a question\'s "would" alone: "Asked how the port would look in ten years, she said ..."', () => {
    expect(datedOf('Asked how the port would look in ten years, the mayor said she hoped for more ferries.', 'ten years', 'P10Y', 'DURATION')).toEqual([]);
  });
  it('leaves a list of counts alone: "we will keep sailing, in two years, in three years"', () => {
    const text = 'Whatever the council decides, we will keep sailing, in a year, in two years, in three years.';
    expect(buildEvents(text, [timexOf(text, 'two years', 'P2Y', 'DURATION'), timexOf(text, 'three years', 'P3Y', 'DURATION')], PUBLISHED).filter((e) => e.when.start)).toEqual([]);
  });
});
