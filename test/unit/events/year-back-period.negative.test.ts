// A results story's period a year back, named by its noun, is the base its figures are set
// against, not a happening (notEvents.ts). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string][]) => buildEvents(text, timexes.map(([words, value]) => timexOf(text, words, value)), PUBLISHED).map((e) => e.when.text);

describe('the year-back period of a results story is no event', () => {
  it.each([
    ['In the year-earlier period the brewer earned 41.2 mln dlrs.', 'the year-earlier period', '2023-Q1'],
    ['The chain lost 3 mln dlrs in the year-ago quarter.', 'the year-ago quarter', '2023-Q1'],
    ['Revenue was 880 mln dlrs in the prior-year six months.', 'the prior-year six months', '2023-H1'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([]);
  });
});
