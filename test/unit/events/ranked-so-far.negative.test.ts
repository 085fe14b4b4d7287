// A superlative ranked within a period reaching to now ("the worst storm so far this year") is
// the ranking's frame, no time anything happened. Sentences written for these tests; timexes
// handmade.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, ('DATE' | 'DURATION')?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, type ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('the period a superlative ranks within is no event', () => {
  it('drops "this year" after an apposition’s superlative', () => {
    expect(datesOf('The ferry operator folded on Tuesday, the biggest shipping collapse so far this year.', [['Tuesday', '2024-05-14'], ['this year', '2024']])).toEqual(['Tuesday']);
  });
  it('drops a length reaching to now after a superlative and "in"', () => {
    expect(datesOf('The rand slid on Friday, its steepest fall in four months.', [['Friday', '2024-05-10'], ['four months', 'P4M', 'DURATION']])).toEqual(['Friday']);
  });
  it('drops "this year" between "the latest" and its infinitive', () => {
    expect(datesOf('Chile is the latest country this year to ban the pesticide.', [['this year', '2024']])).toEqual([]);
  });
});
