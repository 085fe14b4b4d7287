// What a Sunday's "this week" keeps (sundayWeekAhead.test.ts): what was done this week, told in the
// past or the perfect, stays in the week ending that Sunday; a formula of thanks is no timetable.
// Sentences written for these tests; timexes handmade with the tagger's values.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const SUNDAY = '2024-05-19';
const daysOf = (text: string, words: string) => {
  const e = buildEvents(text, [timexOf(text, words, '2024-W20')], SUNDAY).find((x) => x.when.text === words);
  return e && [e.when.start, e.when.end];
};

describe('a Sunday\'s "this week" of what was done', () => {
  it('a past: "Ferry fares rose this week"', () => {
    expect(daysOf('Ferry fares rose sharply this week.', 'this week')).toEqual(['2024-05-13', '2024-05-19']);
  });
  it('a formula of thanks: "thank you for joining the programme this week"', () => {
    expect(daysOf('And thank you all for joining the programme this week.', 'this week')).toEqual(['2024-05-13', '2024-05-19']);
  });
});
