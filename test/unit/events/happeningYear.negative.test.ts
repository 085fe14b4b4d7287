// What the happening-year rule must leave to nameYear.ts: a study only cited, a possessive's
// report covering its year, an address that is a place. Sentences written for these tests;
// timexes handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], PUBLISHED).map((e) => e.when.text);

describe('a year that still names', () => {
  it('drops the year of a survey cited inside the sentence', () => {
    expect(datesOf('Even so, in a 2012 harbour survey, most skippers said the fees were fair.', '2012', '2012')).toEqual([]);
  });
  it('drops the year of a possessive’s disclosure report', () => {
    expect(datesOf('His 2020 financial disclosure report shows loans from two banks.', '2020', '2020')).toEqual([]);
  });
  it('drops the year of an address that is a place', () => {
    expect(datesOf('The letters went to her 2016 address in the old town.', '2016', '2016')).toEqual([]);
  });
});

describe('a capitalised act title', () => {
  it('drops the year of "the 1976 Harbours Resolution", a title', () => {
    expect(datesOf('Critics say the 1976 Harbours Resolution gives the port 60 days to answer.', '1976', '1976')).toEqual([]);
  });
});
