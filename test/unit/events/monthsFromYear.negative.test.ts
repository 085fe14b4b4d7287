// What keeps the tagger's date: a count of months the tagger already counted to a month, a count
// of years, and a year written as such. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-06-10';
const daysOf = (text: string, words: string, value: string) =>
  buildEvents(text, [timexOf(text, words, value)], PUBLISHED).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('counts that keep the tagger\'s date', () => {
  it('keeps a count of months the tagger counted to a month', () => {
    expect(daysOf('Three months later the co-op reopened.', 'Three months later', '2020-06')).toEqual([['2020-06-01', '2020-06-30']]);
  });
  it('keeps a count of years', () => {
    expect(daysOf('Two years later the co-op closed.', 'Two years later', '2021')).toEqual([['2021-01-01', '2021-12-31']]);
  });
  it('keeps a year written out', () => {
    expect(daysOf('The co-op closed in 2021.', '2021', '2021')).toEqual([['2021-01-01', '2021-12-31']]);
  });
});
