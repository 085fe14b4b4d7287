// A bare "a year ago" dates what happened about this time last year: the month a year before the
// page's, not the whole calendar year. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const daysOf = (text: string, words: string, value: string, published: string) =>
  buildEvents(text, [timexOf(text, words, value)], published).filter((e) => e.when.text === words).map((e) => [e.when.start, e.when.end]);

describe('a bare "a year ago"', () => {
  it('draws an opening "A year ago" in the month a year before the page', () => {
    expect(daysOf('A year ago, the ferry line cut its winter sailings to two a day.', 'A year ago', '2023', '2024-02-20')).toEqual([['2023-02-01', '2023-02-28']]);
  });
  it('draws a trailing "one year ago" in the same month of the year before', () => {
    expect(daysOf('The orchestra toured Japan one year ago with its new conductor.', 'one year ago', '2018', '2019-11-03')).toEqual([['2018-11-01', '2018-11-30']]);
  });
});
