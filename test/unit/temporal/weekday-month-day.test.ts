import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A weekday written with a month and day but no year (issue 16, real pages): a writer who names
// the weekday names the true one, so the month-day takes the year beside publication (the year
// before, the same, the year after) in which it falls on that weekday. Sentences are written
// for these tests. (The weekday is part of the date's span, as TimeML writes "Friday, October 29,
// 2010": refiners/weekdayBefore.ts.)
type Case = [string, string, string, string, { type: string; value: string }];

const cases: Case[] = [
  [
    "'on Monday, Nov. 3' in a November 2026 story is 2025's (Nov. 3, 2026 is a Tuesday)",
    'The ferry capsized on Monday, Nov. 3, after the storm warning was lifted.',
    '2026-11-20',
    'Monday, Nov. 3',
    { type: 'DATE', value: '2025-11-03' },
  ],
  [
    "a clock time joined to 'Monday, April 14' takes that year too",
    'The outage started at 9:40 p.m. on Monday, April 14, when the grid operator lost a line.',
    '2026-04-20',
    '9:40 p.m.',
    { type: 'TIME', value: '2025-04-14T21:40' },
  ],
  [
    "'Sunday, Jan. 3' in a December 2026 story is the coming January's, whatever the tense",
    'The vote was set for Sunday, Jan. 3, by the outgoing council.',
    '2026-12-01',
    'Sunday, Jan. 3',
    { type: 'DATE', value: '2027-01-03' },
  ],
  [
    "'Tuesday, May 6' in a 2026 story is 2025's, though the sentence looks ahead",
    'The trial will be remembered for what happened on Tuesday, May 6.',
    '2026-05-20',
    'Tuesday, May 6',
    { type: 'DATE', value: '2025-05-06' },
  ],
];

describe('tagTimexes: a weekday named with a month-day and no year', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});
