import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// Where a weekday beside a month-day decides nothing: the weekday fits none of the three years,
// or no weekday is written (a verb that spells like one, "wed", is not a weekday). The
// month-day then takes its year from the tense, as before. Sentences are written for these tests.
type Case = [string, string, string, string, { type: string; value: string }];

const cases: Case[] = [
  [
    "a weekday that fits no year near publication ('Friday, Nov. 3') leaves the tense to decide",
    'The ferry capsized on Friday, Nov. 3, after the storm warning was lifted.',
    '2026-11-20',
    'Nov. 3',
    { type: 'DATE', value: '2026-11-03' },
  ],
  [
    "'they wed Nov. 3' names no weekday",
    'The couple wed Nov. 3 in a small ceremony.',
    '2026-11-20',
    'Nov. 3',
    { type: 'DATE', value: '2026-11-03' },
  ],
  [
    'a month-day with no weekday still follows the tense',
    'The ferry capsized on Nov. 3 after the storm warning was lifted.',
    '2026-11-20',
    'Nov. 3',
    { type: 'DATE', value: '2026-11-03' },
  ],
  [
    'a written year stands even beside a weekday that does not fit it',
    'The ferry capsized on Monday, Nov. 3, 2026.',
    '2026-11-20',
    'Nov. 3, 2026',
    { type: 'DATE', value: '2026-11-03' },
  ],
];

describe('tagTimexes: a weekday beside a month-day that decides nothing', () => {
  it.each(cases)('%s', (_name, sentence, published, words, expected) => {
    expect(tagged(sentence, published, words)).toEqual({ text: words, ...expected });
  });
});
