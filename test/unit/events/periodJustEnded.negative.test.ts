// What a page of a year's first day keeps in the new year: what is to come, and a week. On any
// other day a past "this year" runs to the day of writing. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const daysOf = (text: string, words: string, value: string, published: string) =>
  buildEvents(text, [timexOf(text, words, value)], published).map((e) => [e.status, e.when.start, e.when.end]);

describe('a period of writing that stays where it is', () => {
  it('keeps a 1 January page\'s "will ... this year" in the new year', () => {
    expect(daysOf('The harbour authority will dredge two more berths this year.', 'this year', '2031', '2031-01-01')).toEqual([['projected', '2031-01-01', '2031-12-31']]);
  });
  it('keeps a past "this year" of 2 January in the new year, to the day of writing', () => {
    expect(daysOf('The harbour authority has dredged four new berths this year.', 'this year', '2031', '2031-01-02')).toEqual([['past', '2031-01-01', '2031-01-02']]);
  });
  it('keeps a Monday\'s past "this week" on the Monday', () => {
    expect(daysOf('The ferry has cancelled three crossings this week.', 'this week', '2031-W10', '2031-03-03')).toEqual([['past', '2031-03-03', '2031-03-03']]);
  });
});
