// A paper of a year's (or a month's) first day is written the day before: what its copy says was
// done "this year" is the year just ended. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const daysOf = (text: string, words: string, value: string, published: string) =>
  buildEvents(text, [timexOf(text, words, value)], published).map((e) => [e.status, e.when.start, e.when.end]);

describe('the period just ended, in a page of its successor\'s first day', () => {
  it('draws a perfect "this year" of a 1 January page in the year before', () => {
    expect(daysOf('The harbour authority has dredged four new berths this year.', 'this year', '2031', '2031-01-01')).toEqual([['past', '2030-01-01', '2030-12-31']]);
  });
  it('draws "earlier this year" of a 1 January page in the year before', () => {
    expect(daysOf('Earlier this year, the council voted to sell the marina.', 'Earlier this year', '2031', '2031-01-01')).toEqual([['past', '2030-01-01', '2030-12-31']]);
  });
  it('draws a past "this month" of a month\'s first day in the month before', () => {
    expect(daysOf('Bread prices have risen by a tenth this month.', 'this month', '2031-03', '2031-03-01')).toEqual([['past', '2031-02-01', '2031-02-28']]);
  });
});
