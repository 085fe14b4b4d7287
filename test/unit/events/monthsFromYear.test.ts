// A count of months told after a happening named only by its year lands in that year's twelve
// months moved on by the count. Sentences written for these tests; the tagger's value for the
// count is the anchor's year, as temporal/anchors.ts gives it.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-06-10';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('a count of months from a year', () => {
  it('draws "12 months later" in the year after', () => {
    expect(daysOf('Twelve months later the brewery shipped its first lager abroad.', 'Twelve months later', '2009')).toEqual([['2010-01-01', '2010-12-31']]);
  });
  it('draws "eight months later" over the twelve months from September', () => {
    expect(daysOf('Eight months later, the co-op opened a second shop.', 'Eight months later', '2019')).toEqual([['2019-09-01', '2020-08-31']]);
  });
  it('draws "about a month earlier" one month back', () => {
    expect(daysOf('About a month earlier the co-op had lost its lease.', 'About a month earlier', '2019')).toEqual([['2018-12-01', '2019-11-30']]);
  });
});
