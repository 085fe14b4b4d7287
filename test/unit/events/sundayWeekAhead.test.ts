// A Sunday page's "this week" told with what is to come (a timetable's present, a future, what a
// clause is done ahead of) is the week from the next day (weekdayAhead.ts).
// Sentences written for these tests; timexes handmade with the tagger's values.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const SUNDAY = '2024-05-19';
const daysOf = (text: string, words: string) => {
  const e = buildEvents(text, [timexOf(text, words, '2024-W20')], SUNDAY).find((x) => x.when.text === words);
  return e && [e.when.start, e.when.end, e.status];
};

describe('a Sunday\'s "this week" of what is to come', () => {
  it('a headline\'s present: "SPANISH KING VISITS IRELAND THIS WEEK"', () => {
    expect(daysOf('SPANISH KING VISITS IRELAND THIS WEEK\n\nDUBLIN, May 19 - King Juan Carlos arrives in Ireland on Tuesday for a state visit.', 'THIS WEEK')).toEqual(['2024-05-20', '2024-05-26', 'projected']);
  });
  it('what a clause is done ahead of: "met on Saturday ahead of this week\'s budget talks"', () => {
    expect(daysOf('The finance ministers met on Saturday ahead of this week’s budget talks.', 'this week')).toEqual(['2024-05-20', '2024-05-26', 'projected']);
  });
});
