// What keeps the tagger's year for "a year ago": a count bounded or softened by the words before
// it, a longer count, and a value the tagger did not give as a year. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-02-20';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('counts back that keep the tagger\'s year', () => {
  it('keeps "more than a year ago"', () => {
    expect(daysOf('The ferry line cut its winter sailings more than a year ago.', 'a year ago', '2023')).toEqual([['2023-01-01', '2023-12-31']]);
  });
  it('keeps "only a year ago", which stresses how short the time was', () => {
    expect(daysOf('The bridge was repainted only a year ago.', 'a year ago', '2023')).toEqual([['2023-01-01', '2023-12-31']]);
  });
  it('keeps "two years ago"', () => {
    expect(daysOf('The ferry line cut its winter sailings two years ago.', 'two years ago', '2022')).toEqual([['2022-01-01', '2022-12-31']]);
  });
  it('keeps a month the tagger already gave (counted from a month the story reports)', () => {
    expect(daysOf('A year ago the canal froze over for a week.', 'A year ago', '2022-12')).toEqual([['2022-12-01', '2022-12-31']]);
  });
});
