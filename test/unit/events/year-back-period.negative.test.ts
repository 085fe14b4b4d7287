// A results story's period a year back, named by its noun, is the base its figures are set
// against, not a happening (notEvents.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('the year-back period of a results story is no event', () => {
  it.each([
    ['In the year-earlier period the brewer earned 41.2 mln dlrs.', 'the year-earlier period', '2023-Q1'],
    ['The chain lost 3 mln dlrs in the year-ago quarter.', 'the year-ago quarter', '2023-Q1'],
    ['Revenue was 880 mln dlrs in the prior-year six months.', 'the prior-year six months', '2023-H1'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});
