// Issue 13: a plural noun and a participle bounded by a date ("children born after 1 January
// 2001", "homes built before 1978", "cars registered since 2006") pick out a group; the date is
// the group's line, not the time of a happening. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2016-03-01';
const datesOf = dateWordsWith(PUBLISHED);

describe('a date that draws the line of a group is no event', () => {
  it.each([
    ['people born after a day', 'Only people born after 1 January 2001 may enter the draw.', '1 January 2001', '2001-01-01'],
    ['homes built before a year', 'Owners of homes built before 1978 must test for lead.', '1978', '1978'],
    ['cars registered since a year', 'Cars registered since 2006 pay the higher tax.', '2006', '2006'],
    ['anyone born from a year', 'The ban rises each year, so that anyone born from 2012 can never buy cigarettes.', '2012', '2012'],
    ['workers hired after a month', 'Workers hired after March will join the new pension scheme.', 'March', '2016-03'],
  ])('%s', (_name, text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});
